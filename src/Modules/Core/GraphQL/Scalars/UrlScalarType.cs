using GraphQL.Types;
using GraphQLParser.AST;

namespace MediaCreator.Modules.Core.GraphQL.Scalars;

/// <summary>The <c>URL</c> scalar: an absolute <see cref="Uri"/>; relative references are rejected.</summary>
public sealed class UrlScalarType : UriGraphType
{
    public UrlScalarType()
    {
        Name = "URL";
        Description = "An absolute URL (RFC 3986).";
    }

    public override object? ParseLiteral(GraphQLValue value) => RequireAbsolute(base.ParseLiteral(value));

    public override object? ParseValue(object? value) => RequireAbsolute(base.ParseValue(value));

    public override object? Serialize(object? value) => RequireAbsolute(value switch
    {
        string text => new Uri(text, UriKind.RelativeOrAbsolute),
        _ => value,
    }) is Uri uri ? uri.OriginalString : null;

    private static object? RequireAbsolute(object? value) => value is Uri { IsAbsoluteUri: false }
        ? throw new FormatException("URL must be absolute.")
        : value;
}
