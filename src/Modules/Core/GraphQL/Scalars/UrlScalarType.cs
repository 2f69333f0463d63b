using GraphQL.Types;
using GraphQLParser.AST;

namespace MediaCreator.Modules.Core.GraphQL.Scalars;

/// <summary>The <c>URL</c> scalar: an absolute <see cref="Uri"/> with an explicit scheme; relative references are rejected.</summary>
public sealed class UrlScalarType : UriGraphType
{
    public UrlScalarType()
    {
        Name = "URL";
        Description = "An absolute URL (RFC 3986).";
    }

    public override object? ParseLiteral(GraphQLValue value) => value switch
    {
        GraphQLStringValue s => Parse((string)s.Value),
        GraphQLNullValue => null,
        _ => ThrowLiteralConversionError(value),
    };

    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        string s => Parse(s),
        Uri uri => Parse(uri.OriginalString),
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        Uri uri => Parse(uri.OriginalString).OriginalString,
        string s => Parse(s).OriginalString,
        _ => ThrowSerializationError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) =>
        value is GraphQLNullValue || (value is GraphQLStringValue s && TryParse((string)s.Value, out _));

    public override bool CanParseValue(object? value) => value switch
    {
        null or Uri => true,
        string s => TryParse(s, out _),
        _ => false,
    };

    private static Uri Parse(string text) => TryParse(text, out var uri)
        ? uri
        : throw new FormatException($"'{text}' is not an absolute URL.");

    // On Unix "/a/b" parses as an absolute file URI; the text itself must start with the scheme.
    private static bool TryParse(string text, out Uri uri) =>
        Uri.TryCreate(text, UriKind.Absolute, out uri!)
        && text.StartsWith(uri.Scheme + ":", StringComparison.OrdinalIgnoreCase);
}
