using GraphQL;
using GraphQL.DI;

namespace MediaCreator.Modules.Core.GraphQL.Scalars;

/// <summary>Registers the contract's scalars (<c>UUID</c>, <c>JSON</c>, <c>DateTime</c>, <c>Date</c>, <c>Decimal</c>, <c>Long</c>, <c>URL</c>).</summary>
public static class ScalarRegistration
{
    /// <summary>
    /// Adds the scalars to every schema built by this builder and maps <see cref="Guid"/>, <see cref="Uri"/>,
    /// <see cref="DateOnly"/>, <see cref="DateTime"/>, <see cref="DateTimeOffset"/>, <see cref="decimal"/>,
    /// <see cref="long"/> and the System.Text.Json DOM types to them. GraphQL.NET's own <c>DateTime</c>,
    /// <c>Decimal</c> and <c>Long</c> are replaced by name, so explicit uses of those graph types print ours.
    /// </summary>
    public static IGraphQLBuilder AddMediaCreatorScalars(this IGraphQLBuilder builder) => builder
        .AddGraphTypeMappingProvider(new ScalarTypeMappings())
        .ConfigureSchema(schema =>
        {
            schema.RegisterType(new UuidScalarType());
            schema.RegisterType(new JsonScalarType());
            schema.RegisterType(new DateTimeScalarType());
            schema.RegisterType(new DateScalarType());
            schema.RegisterType(new DecimalScalarType());
            schema.RegisterType(new LongScalarType());
            schema.RegisterType(new UrlScalarType());
        });
}
