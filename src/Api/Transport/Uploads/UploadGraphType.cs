using GraphQL.Types;
using GraphQLParser.AST;

namespace MediaCreator.Api.Transport.Uploads;

/// <summary>
/// The <c>Upload</c> scalar: an input-only value that is an <see cref="IUploadedFile"/>, filled from a file part of a
/// multipart request. It cannot be written inline in a document or returned from a field.
/// </summary>
public sealed class UploadGraphType : ScalarGraphType
{
    /// <summary>Creates the scalar named <c>Upload</c>.</summary>
    public UploadGraphType()
    {
        Name = "Upload";
        Description = "A file part of a GraphQL multipart request (https://github.com/jaydenseric/graphql-multipart-request-spec).";
    }

    /// <inheritdoc/>
    public override object? ParseLiteral(GraphQLValue value) =>
        value is GraphQLNullValue ? null : ThrowLiteralConversionError(value, "Upload values must be passed as variables of a multipart request.");

    /// <inheritdoc/>
    public override bool CanParseLiteral(GraphQLValue value) => value is GraphQLNullValue;

    /// <inheritdoc/>
    public override object? ParseValue(object? value) => value switch
    {
        null => null,
        IUploadedFile file => file,
        _ => ThrowValueConversionError(value),
    };

    /// <inheritdoc/>
    public override bool CanParseValue(object? value) => value is null or IUploadedFile;

    /// <inheritdoc/>
    public override object? Serialize(object? value) => value switch
    {
        null => null,
        IUploadedFile file => file.FileName,
        _ => ThrowSerializationError(value),
    };
}
