using System.Text.Json;

namespace MediaCreator.Modules.Core.Tests.GraphQL.TestApi;

public static class JsonPath
{
    /// <summary>Walks a dotted path; numeric segments index arrays (<c>data.widgets.nodes.0.name</c>).</summary>
    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var segment in path.Split('.'))
            element = int.TryParse(segment, out var index) ? element[index] : element.GetProperty(segment);
        return element;
    }

    public static string[] Names(this JsonElement result, string connectionPath = "data.widgets") =>
        result.At(connectionPath + ".nodes").EnumerateArray().Select(n => n.GetProperty("name").GetString()!).ToArray();

    public static string[] ErrorCodes(this JsonElement result) =>
        result.TryGetProperty("errors", out var errors)
            ? errors.EnumerateArray().Select(e => e.At("extensions.code").GetString()!).ToArray()
            : [];

    public static void AssertNoErrors(this JsonElement result) =>
        Assert.False(result.TryGetProperty("errors", out var errors), errors.ToString());
}
