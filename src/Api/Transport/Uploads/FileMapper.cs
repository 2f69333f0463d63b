using GraphQL;
using GraphQL.Transport;

namespace MediaCreator.Api.Transport.Uploads;

/// <summary>
/// Applies a multipart <c>map</c> entry: an object path such as <c>variables.file</c>, <c>variables.files.0</c> or,
/// in a batch, <c>1.variables.file</c>. Every step must exist (the client sends <c>null</c> where a file goes).
/// </summary>
internal static class FileMapper
{
    public static string? TryMap(GraphQLRequest[] requests, bool isBatch, string path, IUploadedFile file)
    {
        var segments = path.Split('.');
        var index = 0;
        var requestIndex = 0;
        if (isBatch && (segments.Length == 0 || !int.TryParse(segments[index++], out requestIndex) || requestIndex < 0 || requestIndex >= requests.Length))
            return $"Map path '{path}' does not name an operation of the batch.";
        if (index >= segments.Length || segments[index++] != "variables" || index >= segments.Length)
            return $"Map path '{path}' must point into 'variables'.";

        var request = requests[requestIndex];
        if (request.Variables is null)
            return $"Map path '{path}' points at variables that were not sent.";
        var variables = (Dictionary<string, object?>)Mutable(request.Variables)!;
        object? container = variables;
        for (; index < segments.Length; index++)
        {
            var segment = segments[index];
            var last = index == segments.Length - 1;
            switch (container)
            {
                case Dictionary<string, object?> map when map.TryGetValue(segment, out var child):
                    if (last)
                        map[segment] = file;
                    else
                        container = map[segment] = Mutable(child);
                    break;
                case List<object?> list when int.TryParse(segment, out var i) && i >= 0 && i < list.Count:
                    if (last)
                        list[i] = file;
                    else
                        container = list[i] = Mutable(list[i]);
                    break;
                default:
                    return $"Map path '{path}' does not exist in the operation's variables.";
            }
        }
        request.Variables = new Inputs(variables);
        return null;
    }

    // Parsed variables may be read-only wrappers; copy each step that is written to.
    private static object? Mutable(object? value) => value switch
    {
        Dictionary<string, object?> map => map,
        IReadOnlyDictionary<string, object?> map => map.ToDictionary(p => p.Key, p => p.Value),
        IDictionary<string, object?> map => new Dictionary<string, object?>(map),
        List<object?> list => list,
        IEnumerable<object?> list => list.ToList(),
        _ => value,
    };
}
