using System.Globalization;
using GraphQL.Types;
using GraphQLParser.AST;

namespace MediaCreator.Modules.Core.GraphQL.Scalars;

/// <summary>
/// Replaces GraphQL.NET's <c>DateTime</c> (same name). Input must be ISO-8601 with an offset (<c>Z</c> or
/// <c>±hh:mm</c>) and parses to a UTC <see cref="DateTime"/> (Kind Utc), the entity convention for SQLite
/// and PostgreSQL alike. Output accepts <see cref="DateTime"/> (Unspecified is taken as UTC) and
/// <see cref="DateTimeOffset"/>, and always prints UTC: <c>2024-05-01T12:30:00.123Z</c> (fraction trimmed).
/// </summary>
public sealed class DateTimeScalarType : DateTimeGraphType
{
    private const string OutputFormat = "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'";

    public DateTimeScalarType()
    {
        Name = "DateTime";
        Description = "The `DateTime` scalar represents an ISO-8601 compliant date time type (always with offset, UTC on output).";
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
        DateTime d => ToUtc(d),
        DateTimeOffset d => d.UtcDateTime,
        _ => ThrowValueConversionError(value),
    };

    public override object? Serialize(object? value) => value switch
    {
        null => null,
        DateTime d => ToUtc(d).ToString(OutputFormat, CultureInfo.InvariantCulture),
        DateTimeOffset d => d.UtcDateTime.ToString(OutputFormat, CultureInfo.InvariantCulture),
        _ => ThrowSerializationError(value),
    };

    public override bool CanParseLiteral(GraphQLValue value) =>
        value is GraphQLNullValue || (value is GraphQLStringValue s && TryParse((string)s.Value, out _));

    public override bool CanParseValue(object? value) => value switch
    {
        null or DateTime or DateTimeOffset => true,
        string s => TryParse(s, out _),
        _ => false,
    };

    private static DateTime ToUtc(DateTime value) => value.Kind switch
    {
        DateTimeKind.Utc => value,
        DateTimeKind.Local => value.ToUniversalTime(),
        _ => DateTime.SpecifyKind(value, DateTimeKind.Utc),
    };

    private static DateTime Parse(string text) => TryParse(text, out var result)
        ? result
        : throw new FormatException($"'{text}' is not an ISO-8601 date time with an offset.");

    private static bool TryParse(string text, out DateTime result)
    {
        result = default;
        if (!HasOffset(text)
            || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            return false;
        result = parsed.UtcDateTime;
        return true;
    }

    // The contract requires an explicit offset: a bare local time would be silently reinterpreted.
    private static bool HasOffset(string text)
    {
        var timeStart = text.IndexOf('T', StringComparison.OrdinalIgnoreCase);
        if (timeStart < 0)
            return false;
        var time = text.AsSpan(timeStart);
        return time.EndsWith("Z", StringComparison.OrdinalIgnoreCase) || time.IndexOfAny('+', '-') > 0;
    }
}
