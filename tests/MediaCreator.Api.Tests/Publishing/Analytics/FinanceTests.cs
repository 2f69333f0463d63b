using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using static MediaCreator.Api.Tests.Publishing.Analytics.DashboardOverviewTests;

namespace MediaCreator.Api.Tests.Publishing.Analytics;

/// <summary>
/// Finance over 2026-03-01..03-04. Revenue counts when its periodStart is in the range: R1 P1 10 USD (03-01), R2 P2 5.25 USD
/// (03-03..03-05), R3 P3 350 THB (03-02); R4 700 THB starts 02-27 and R5 99 USD starts 03-04, so both are out; R6 is channel B.
/// Cost: project X (E1, E2) 4 USD on 03-01 and 70 THB on 03-02, project Y (E3) 2.50 USD on 03-03; X's 100 USD of 02-27 is out.
/// </summary>
public sealed class FinanceTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private AnalyticsHost _host = null!;
    private AnalyticsSeed _seed = null!;
    private GraphQLClient _client = null!;

    private static readonly object Range = new { custom = new { from = "2026-03-01T00:00:00Z", to = "2026-03-04T00:00:00Z" } };

    private const string Figures = "currency revenue cost profit roi";

    public async Task InitializeAsync()
    {
        _host = await AnalyticsHost.CreateAsync();
        _seed = await AnalyticsSeed.CreateAsync(_host, _owner);
        await AnalyticsSeed.StrangerAsync(_host, Guid.NewGuid());
        _client = _host.Client(_owner);
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<JsonNode> FinanceAsync(string type, string id, string selection, string? currency = null) =>
        (await _client.DataAsync($$"""query($id: ID!, $r: DateRangeInput!, $cur: String) { {{type}}(id: $id) { finance(range: $r, currency: $cur) { {{selection}} } } }""",
            new { id, r = Range, cur = currency }))[type]!["finance"]!;

    private static string Row(JsonNode f) =>
        $"{f["currency"]} {f["revenue"]!.GetValue<decimal>():0.######} {f["cost"]!.GetValue<decimal>():0.######} {f["profit"]!.GetValue<decimal>():0.######}";

    [Fact]
    public async Task ChannelFinance_ByCurrencyAndSource_HandComputed()
    {
        var finance = await FinanceAsync("channel", _seed.ChannelA, $"range {{ from to }} byCurrency {{ {Figures} }} revenueBySource {{ source amount {{ amount currency }} }}");

        var byCurrency = finance["byCurrency"]!.AsArray();
        // THB: 350 - 70 = 280, ROI 280/70 = 4. USD: 10 + 5.25 = 15.25 revenue, 4 + 2.50 = 6.50 cost, 8.75 profit, ROI 8.75/6.5.
        Assert.Equal(["THB 350 70 280", "USD 15.25 6.5 8.75"], byCurrency.Select(f => Row(f!)));
        Assert.Equal(4.0, D(byCurrency[0]!, "roi"), 9);
        Assert.Equal(8.75 / 6.5, D(byCurrency[1]!, "roi"), 9);
        Assert.Equal(["ADSENSE THB 350", "ADSENSE USD 10", "CREATOR_FUND USD 5.25"], finance["revenueBySource"]!.AsArray()
            .Select(s => $"{s!["source"]} {s["amount"]!["currency"]} {s["amount"]!["amount"]!.GetValue<decimal>():0.######}"));
    }

    [Fact]
    public async Task SeriesAndEpisodeFinance_CountTheirOwnRevenueAndTheirProjectsCost()
    {
        var s1 = (await FinanceAsync("series", _seed.S1, $"byCurrency {{ {Figures} }}"))["byCurrency"]!.AsArray();
        // S1 = P1, P2, P3 revenue and project X cost: THB 350 - 70; USD 15.25 - 4 = 11.25, ROI 11.25/4.
        Assert.Equal(["THB 350 70 280", "USD 15.25 4 11.25"], s1.Select(f => Row(f!)));
        Assert.Equal(11.25 / 4, D(s1[1]!, "roi"), 9);

        var s2 = (await FinanceAsync("series", _seed.S2, $"byCurrency {{ {Figures} }}"))["byCurrency"]!.AsArray();
        // S2 = E3: R4 is out of the range, project Y costs 2.50 USD: profit -2.50, ROI -1.
        Assert.Equal(["USD 0 2.5 -2.5"], s2.Select(f => Row(f!)));
        Assert.Equal(-1.0, D(s2[0]!, "roi"), 9);

        var e2 = (await FinanceAsync("episode", _seed.E2, $"byCurrency {{ {Figures} }}"))["byCurrency"]!.AsArray();
        // E2 = R3 350 THB, and the whole cost of its project X: 70 THB, 4 USD.
        Assert.Equal(["THB 350 70 280", "USD 0 4 -4"], e2.Select(f => Row(f!)));

        var e4 = (await FinanceAsync("episode", _seed.E4, $"byCurrency {{ {Figures} }}"))["byCurrency"]!.AsArray();
        // Channel B's E4: R6 1000 THB, project Z 9 USD; ROI null without cost in THB.
        Assert.Equal(["THB 1000 0 1000", "USD 0 9 -9"], e4.Select(f => Row(f!)));
        Assert.Null(e4[0]!["roi"]);
    }

    [Fact]
    public async Task FinanceTimeline_BucketsByPeriodStartAndCostDate()
    {
        var finance = await FinanceAsync("channel", _seed.ChannelA, $"months: timeline {{ periodStart periodEnd byCurrency {{ {Figures} }} }} days: timeline(interval: DAY) {{ periodStart periodEnd byCurrency {{ {Figures} }} }}");

        var month = Assert.Single(finance["months"]!.AsArray())!;
        Assert.Equal(("2026-03-01", "2026-03-31"), (month["periodStart"]!.GetValue<string>(), month["periodEnd"]!.GetValue<string>()));
        Assert.Equal(["THB 350 70 280", "USD 15.25 6.5 8.75"], month["byCurrency"]!.AsArray().Select(f => Row(f!)));
        var days = finance["days"]!.AsArray();
        Assert.Equal(["2026-03-01..2026-03-01: USD 10 4 6", "2026-03-02..2026-03-02: THB 350 70 280", "2026-03-03..2026-03-03: USD 5.25 2.5 2.75"],
            days.Select(d => $"{d!["periodStart"]}..{d["periodEnd"]}: {string.Join(" | ", d["byCurrency"]!.AsArray().Select(f => Row(f!)))}"));
    }

    [Fact]
    public async Task Conversion_UsesTheRateInEffectOnEachDate_BothWays()
    {
        await SetRateAsync("USD", "THB", 35m, "2026-01-01");
        await SetRateAsync("USD", "THB", 36m, "2026-03-03");

        var thb = await FinanceAsync("channel", _seed.ChannelA, $"byCurrency {{ {Figures} }} converted {{ {Figures} }} conversionMissing", "THB");
        // R1 10 USD on 03-01 at 35 = 350, R2 5.25 USD on 03-03 at 36 = 189, R3 350 THB: 889.
        // Cost 4 USD on 03-01 = 140, 70 THB, 2.50 USD on 03-03 = 90: 300. Profit 589, ROI 589/300.
        Assert.Equal("THB 889 300 589", Row(thb["converted"]!));
        Assert.Equal(589.0 / 300, D(thb["converted"]!, "roi"), 9);
        Assert.Empty(thb["conversionMissing"]!.AsArray());
        Assert.Equal(["THB 350 70 280", "USD 15.25 6.5 8.75"], thb["byCurrency"]!.AsArray().Select(f => Row(f!)));

        var usd = await FinanceAsync("channel", _seed.ChannelA, $"converted {{ {Figures} }} conversionMissing", "USD");
        // Inverse rate: R3 350 THB on 03-02 / 35 = 10, cost 70 THB / 35 = 2. Revenue 10 + 5.25 + 10, cost 4 + 2 + 2.50.
        Assert.Equal("USD 25.25 8.5 16.75", Row(usd["converted"]!));
        Assert.Equal(16.75 / 8.5, D(usd["converted"]!, "roi"), 9);

        var eur = await FinanceAsync("channel", _seed.ChannelA, $"converted {{ {Figures} }} conversionMissing", "EUR");
        Assert.Null(eur["converted"]);
        Assert.Equal(["THB", "USD"], eur["conversionMissing"]!.AsArray().Select(c => c!.GetValue<string>()));

        var overview = await _client.DataAsync("""query($c: ID, $r: DateRangeInput!) { dashboardOverview(channelId: $c, range: $r) { finance(currency: "THB") { converted { revenue } } } }""",
            new { c = _seed.ChannelA, r = Range });
        Assert.Equal(889m, overview["dashboardOverview"]!["finance"]!["converted"]!["revenue"]!.GetValue<decimal>());
    }

    [Fact]
    public async Task Conversion_WithoutARateInEffect_ListsTheCurrency()
    {
        // Effective only from 03-03: R1 and the 03-01 cost have no rate yet (the stranger's 02-28 rate never applies).
        await SetRateAsync("USD", "THB", 36m, "2026-03-03");
        var thb = await FinanceAsync("channel", _seed.ChannelA, $"converted {{ {Figures} }} conversionMissing", "THB");
        Assert.Null(thb["converted"]);
        Assert.Equal(["USD"], thb["conversionMissing"]!.AsArray().Select(c => c!.GetValue<string>()));
        var bad = await _client.SendAsync("""query($id: ID!) { channel(id: $id) { finance(currency: "usd") { converted { revenue } } } }""", new { id = _seed.ChannelA });
        Assert.Equal("INVALID_CURRENCY", bad.FirstErrorCode);
    }

    [Fact]
    public async Task SetExchangeRate_ValidatesStoresReplacesAndListsOwnRatesOnly()
    {
        var bad = await Errors(new { baseCurrency = "usd", quoteCurrency = "USDT", rate = 0, effectiveDate = "2026-03-01" });
        Assert.Equal(["input.baseCurrency INVALID_CURRENCY", "input.quoteCurrency INVALID_CURRENCY", "input.rate OUT_OF_RANGE"], bad);
        var same = await Errors(new { baseCurrency = "THB", quoteCurrency = "THB", rate = 1, effectiveDate = "2026-03-01" });
        Assert.Equal(["input.quoteCurrency SAME_CURRENCY"], same);

        var first = await SetRateAsync("USD", "THB", 35.5m, "2026-03-01", "bank of thailand");
        var again = await SetRateAsync("USD", "THB", 36.25m, "2026-03-01");
        Assert.Equal(first["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        await SetRateAsync("EUR", "USD", 1.1m, "2026-02-01");

        var rates = (await _client.DataAsync("""query { all: exchangeRates { baseCurrency quoteCurrency rate effectiveDate source } eur: exchangeRates(currency: "EUR") { baseCurrency } }"""));
        Assert.Equal(["USD THB 36.25 2026-03-01 manual", "EUR USD 1.1 2026-02-01 manual"], rates["all"]!.AsArray()
            .Select(r => $"{r!["baseCurrency"]} {r["quoteCurrency"]} {r["rate"]!.GetValue<decimal>():0.######} {r["effectiveDate"]} {r["source"]}"));
        Assert.Single(rates["eur"]!.AsArray());
    }

    private async Task<JsonNode> SetRateAsync(string from, string to, decimal rate, string date, string? source = null)
    {
        var payload = await SetExchangeRateAsync(new { baseCurrency = from, quoteCurrency = to, rate, effectiveDate = date, source });
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["exchangeRate"]!;
    }

    private async Task<JsonNode> SetExchangeRateAsync(object input) => (await _client.DataAsync(
        "mutation($input: SetExchangeRateInput!) { setExchangeRate(input: $input) { exchangeRate { id rate } errors { __typename ... on ValidationError { message field code } } } }",
        new { input }))["setExchangeRate"]!;

    private async Task<IEnumerable<string>> Errors(object input)
    {
        var payload = await SetExchangeRateAsync(input);
        Assert.Null(payload["exchangeRate"]);
        return payload["errors"]!.AsArray().Select(e => $"{e!["field"]} {e["code"]}");
    }
}
