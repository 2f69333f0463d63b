using System.Net.Http.Headers;
using MediaCreator.Api.Tests.Infrastructure;

namespace MediaCreator.Api.Tests.Publishing.Analytics;

/// <summary>The server for the analytics tests, with a GraphQL client per owner.</summary>
public sealed class AnalyticsHost : IAsyncDisposable
{
    public required ApiFactory Api { get; init; }

    public IServiceProvider Services => Api.Services;

    public static async Task<AnalyticsHost> CreateAsync() => new() { Api = await ApiFactory.CreateAsync("Production") };

    public GraphQLClient Client(Guid owner)
    {
        var http = Api.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.ForUser(owner));
        return new GraphQLClient(http);
    }

    public async ValueTask DisposeAsync() => await Api.DisposeAsync();
}
