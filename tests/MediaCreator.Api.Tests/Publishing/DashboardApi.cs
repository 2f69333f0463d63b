using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;

namespace MediaCreator.Api.Tests.Publishing;

/// <summary>Creates the dashboard structure through GraphQL, as a client does.</summary>
internal static class DashboardApi
{
    /// <summary>The error selection of <paramref name="mutation"/>: only fragments its error union allows.</summary>
    public static string Errors(string mutation) =>
        "errors { __typename ... on Error { message } ... on ValidationError { field code } ... on NotFoundError { typeName }"
        + (mutation == "updateEpisode" ? " ... on InvalidStateError { currentState allowedStates }" : "")
        + (mutation == "createEpisode" ? " ... on UnsupportedMediaError { mimeType }" : "") + " }";

    public static async Task<string> ProjectAsync(GraphQLClient client, string name = "Show")
    {
        var data = await client.DataAsync("mutation($n: String!) { createProject(input: { name: $n }) { project { id } } }", new { n = name });
        return data["createProject"]!["project"]!["id"]!.GetValue<string>();
    }

    public static async Task<JsonNode> MutateAsync(GraphQLClient client, string mutation, object input, string selection)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var data = await client.DataAsync($$"""mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { {{selection}} {{Errors(mutation)}} } }""", new { input });
        return data[mutation]!;
    }

    public static async Task<string> CreateAsync(GraphQLClient client, string mutation, object input, string resultField)
    {
        var payload = await MutateAsync(client, mutation, input, resultField + " { id }");
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload[resultField]!["id"]!.GetValue<string>();
    }

    /// <summary>A project, channel, series and DRAFT episode of one owner.</summary>
    public static async Task<(string Project, string Channel, string Series, string Episode)> StructureAsync(GraphQLClient client)
    {
        var project = await ProjectAsync(client);
        var channel = await CreateAsync(client, "createChannel", new { name = "Cooking", description = "Thai food", metadata = new { language = "th" } }, "channel");
        var series = await CreateAsync(client, "createSeries", new { channelId = channel, name = "Quick meals" }, "series");
        var episode = await CreateAsync(client, "createEpisode", new
        {
            seriesId = series, projectId = project, title = "Pad kra pao in 5 minutes",
            metadata = new { contentType = "video", tags = new[] { "thai", "quick" } },
        }, "episode");
        return (project, channel, series, episode);
    }

    public static string FirstErrorType(JsonNode payload) => payload["errors"]![0]!["__typename"]!.GetValue<string>();
}
