using Microsoft.Extensions.Primitives;

namespace MediaCreator.Api.Transport.Http;

/// <summary>
/// Accept negotiation by exact media-type comparison (ASP.NET's matcher lets application/json match +json types,
/// which is wrong here). Missing Accept and <c>*/*</c> get the legacy application/json, as the audit expects.
/// </summary>
internal static class AcceptNegotiator
{
    public static AcceptDecision Negotiate(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
            return new AcceptDecision(MediaTypes.Json, false, false);

        string? json = null;
        double jsonQ = -1, sseQ = -1;
        int jsonOrder = int.MaxValue, sseOrder = int.MaxValue, order = 0;
        foreach (var header in accept)
        {
            foreach (var range in (header ?? string.Empty).Split(','))
            {
                var (type, q) = ParseRange(range);
                order++;
                if (type.Length == 0 || q <= 0)
                    continue;
                var candidate = type switch
                {
                    MediaTypes.GraphQLResponse => MediaTypes.GraphQLResponse,
                    MediaTypes.Json or "application/*" or "*/*" => MediaTypes.Json,
                    _ => null,
                };
                if (candidate is not null && q > jsonQ)
                {
                    json = candidate;
                    jsonQ = q;
                    jsonOrder = order;
                }
                if (type == MediaTypes.EventStream && q > sseQ)
                {
                    sseQ = q;
                    sseOrder = order;
                }
            }
        }

        var sseAcceptable = sseQ > 0;
        var ssePreferred = sseAcceptable && (json is null || sseQ > jsonQ || (sseQ == jsonQ && sseOrder < jsonOrder));
        return new AcceptDecision(json, sseAcceptable, ssePreferred);
    }

    private static (string Type, double Q) ParseRange(string range)
    {
        var parts = range.Split(';');
        var type = parts[0].Trim().ToLowerInvariant();
        double q = 1;
        for (var i = 1; i < parts.Length; i++)
        {
            var parameter = parts[i].Trim();
            if (parameter.StartsWith("q=", StringComparison.OrdinalIgnoreCase)
                && !double.TryParse(parameter.AsSpan(2), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out q))
            {
                q = 0;
            }
        }
        return (type, q);
    }
}
