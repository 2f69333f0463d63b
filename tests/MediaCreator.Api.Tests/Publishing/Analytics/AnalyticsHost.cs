using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using GraphQL.Types;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Modules.Core.GraphQL;
using MediaCreator.Modules.Core.GraphQL.Relay;
using MediaCreator.Modules.Publishing.Dashboard;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using GraphQL;

namespace MediaCreator.Api.Tests.Publishing.Analytics;

/// <summary>
/// The server for the analytics tests. The analytics types reference <c>PublicationRecord</c>, <c>RevenueSource</c> and
/// <c>DayOfWeek</c> by name: other branches of issue 8 define them. Until they are merged, this host adds minimal
/// stand-ins for the ones the schema lacks (found by initializing it); once they exist it adds nothing.
/// </summary>
public sealed partial class AnalyticsHost : IAsyncDisposable
{
    private static readonly SemaphoreSlim Probe = new(1, 1);
    private static HashSet<string>? _missing;

    public required ApiFactory Api { get; init; }

    public required WebApplicationFactory<Program> Http { get; init; }

    public IServiceProvider Services => Http.Services;

    public static async Task<AnalyticsHost> CreateAsync()
    {
        var api = await ApiFactory.CreateAsync("Production");
        var missing = await MissingAsync(api);
        return new AnalyticsHost { Api = api, Http = missing.Count == 0 ? api : WithStandIns(api, missing) };
    }

    public GraphQLClient Client(Guid owner)
    {
        var http = Http.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Tokens.ForUser(owner));
        return new GraphQLClient(http);
    }

    public async ValueTask DisposeAsync() => await Api.DisposeAsync();

    private static async Task<HashSet<string>> MissingAsync(ApiFactory api)
    {
        await Probe.WaitAsync();
        try
        {
            if (_missing is not null) return _missing;
            var missing = new HashSet<string>();
            for (var attempt = 0; attempt < 4; attempt++)
            {
                var host = missing.Count == 0 ? api : WithStandIns(api, missing);
                try
                {
                    host.Services.GetRequiredService<ISchema>().Initialize();
                    break;
                }
                catch (Exception e) when (MissingType().Match(e.ToString()) is { Success: true } m && StandIns.ContainsKey(m.Groups[1].Value))
                {
                    missing.Add(m.Groups[1].Value);
                }
            }
            return _missing = missing;
        }
        finally
        {
            Probe.Release();
        }
    }

    private static WebApplicationFactory<Program> WithStandIns(ApiFactory api, IReadOnlySet<string> names) =>
        api.WithWebHostBuilder(b => b.ConfigureServices(services => services.AddGraphQL(g => g.ConfigureSchema(schema =>
        {
            foreach (var name in names) schema.RegisterType(StandIns[name]());
        }))));

    private static readonly Dictionary<string, Func<IGraphType>> StandIns = new()
    {
        ["PublicationRecord"] = () => new PublicationRecordStandIn(),
        ["RevenueSource"] = () => new RevenueSourceStandIn(),
        ["DayOfWeek"] = () => new DayOfWeekStandIn(),
    };

    [GeneratedRegex("type '(\\w+)'")]
    private static partial Regex MissingType();

    private sealed class PublicationRecordStandIn : ObjectGraphType<PublicationRecord>
    {
        public PublicationRecordStandIn()
        {
            Name = "PublicationRecord";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode("PublicationRecord", c.Source.Id));
        }
    }

    private sealed class RevenueSourceStandIn() : NamedEnumType("RevenueSource", "stand-in", "ADSENSE", "CREATOR_FUND", "PRODUCT_SALE", "OTHER");

    private sealed class DayOfWeekStandIn() : NamedEnumType("DayOfWeek", "stand-in", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");
}
