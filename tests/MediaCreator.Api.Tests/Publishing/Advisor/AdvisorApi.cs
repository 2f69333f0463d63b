using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;

namespace MediaCreator.Api.Tests.Publishing.Advisor;

/// <summary>The advisor's queries and mutations as a client sends them.</summary>
internal static class AdvisorApi
{
    // BestPostingTime.platform is Platform! and TrendIdea.platform is Platform: one selection needs an alias.
    public const string Fields = """
        __typename id type severity title summary confidence createdAt expiresAt dismissedAt narrative
        channel { id name } project { id name }
        ... on BestPostingTimeRecommendation { platform dayOfWeek hour timeZone expectedLift }
        ... on BestSeriesRecommendation { series { id name } metric value relativeToAverage }
        ... on CostWarningRecommendation { spent { amount currency } budget { amount currency } usedFraction topProvider suggestedProvider
          costPerView channelCostPerView relativeToAverage views }
        ... on TrendIdeaRecommendation { trendTopic suggestedPrompt contentType trendPlatform: platform trendScore }
        """;

    public static async Task<JsonNode> ListAsync(GraphQLClient client, object? arguments = null)
    {
        var data = await client.DataAsync($$"""
            query($channelId: ID, $seriesId: ID, $projectId: ID, $types: [RecommendationType!], $includeDismissed: Boolean! = false) {
              recommendations(channelId: $channelId, seriesId: $seriesId, projectId: $projectId, types: $types, includeDismissed: $includeDismissed, first: 50) {
                totalCount nodes { {{Fields}} } } }
            """, arguments);
        return data["recommendations"]!;
    }

    public static async Task<List<JsonNode>> NodesAsync(GraphQLClient client, object? arguments = null) =>
        [.. (await ListAsync(client, arguments))["nodes"]!.AsArray().Select(n => n!)];

    public static JsonNode Single(IEnumerable<JsonNode> nodes, string typeName, Func<JsonNode, bool>? where = null)
    {
        var matches = nodes.Where(n => n["__typename"]!.GetValue<string>() == typeName && (where?.Invoke(n) ?? true)).ToList();
        Assert.True(matches.Count == 1, $"{matches.Count} {typeName} in {string.Join("\n", nodes.Select(n => n.ToJsonString()))}");
        return matches[0];
    }

    public static async Task<JsonNode> MutateAsync(GraphQLClient client, string mutation, object input, string selection)
    {
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";
        var data = await client.DataAsync($$"""
            mutation($input: {{inputType}}!) { {{mutation}}(input: $input) { {{selection}}
              errors { __typename ... on Error { message } ... on NotFoundError { typeName } } } }
            """, new { input });
        return data[mutation]!;
    }

    public static double Number(JsonNode node, string field) => node[field]!.GetValue<double>();

    public static string Text(JsonNode node, string field) => node[field]!.GetValue<string>();
}
