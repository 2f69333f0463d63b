using GraphQL;
using GraphQL.Types;
using MediaCreator.Modules.Core.GraphQL.Relay;
using Microsoft.EntityFrameworkCore;

namespace MediaCreator.Modules.Core.GraphQL;

internal static class EntityLookup
{
    /// <summary>Adds <c>name(id: ID!): T</c> resolving a global id of <paramref name="typeName"/> through the owner-filtered set.</summary>
    public static void AddById<TGraphType, TEntity>(this ObjectGraphType root, string name, string typeName, string description,
        Func<IResolveFieldContext, IQueryable<TEntity>> set)
        where TGraphType : IGraphType where TEntity : class =>
        root.Field<TGraphType>(name)
            .Description(description)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.DecodeFor(typeName, c.GetArgument<string>("id"));
                return await set(c).FirstOrDefaultAsync(e => EF.Property<Guid>(e, "Id") == id, c.CancellationToken);
            });
}
