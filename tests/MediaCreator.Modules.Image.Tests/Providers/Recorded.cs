using System.Text.Json;
using WireMock.Logging;
using WireMock.Server;

namespace MediaCreator.Modules.Image.Tests.Providers;

/// <summary>What the fake service received, in order.</summary>
internal static class Recorded
{
    public static IReadOnlyList<ILogEntry> Requests(this WireMockServer server) =>
        server.LogEntries.OrderBy(e => e.RequestMessage!.DateTime).ToList();

    public static IReadOnlyList<ILogEntry> To(this WireMockServer server, string path) =>
        server.Requests().Where(e => e.RequestMessage!.Path == path).ToList();

    public static string? Header(this ILogEntry entry, string name) =>
        entry.RequestMessage!.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase))
            .Value?.FirstOrDefault();

    public static JsonElement Json(this ILogEntry entry)
    {
        var bytes = entry.RequestMessage!.BodyAsBytes ?? System.Text.Encoding.UTF8.GetBytes(entry.RequestMessage!.Body ?? "");
        using var document = JsonDocument.Parse(bytes);
        return document.RootElement.Clone();
    }
}
