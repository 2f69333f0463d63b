using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Transport.Host;
using MediaCreator.Modules.Publishing.Dashboard;

namespace MediaCreator.Api.Tests.Publishing.Engine;

/// <summary>Idempotent plans, the approval hold, the served RSS feed, validation errors and owner isolation.</summary>
public sealed class PublicationPlanTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private readonly Guid _other = Guid.NewGuid();
    private PlatformFakes _fakes = null!;
    private EngineHost _host = null!;

    public async Task InitializeAsync()
    {
        _fakes = new PlatformFakes();
        _host = await EngineHost.StartAsync(_fakes);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _fakes.DisposeAsync();
    }

    [Fact]
    public async Task SameIdempotencyKey_NoDuplicates_ApprovalHoldsThePost_ThenTheFeedServesTheItem()
    {
        var mp4 = await EngineMedia.VerticalAsync();
        var episode = await _host.EpisodeAsync(_owner, mp4);
        var feedId = $"feed-{Guid.NewGuid():N}";
        var rss = await _host.AccountAsync(_owner, "rss_feed", feedId, new Modules.Publishing.Accounts.PlatformCredentials(null, null, null),
            episode.Channel, metadataJson: """{"title":"Cooking podcast","ownerEmail":"cook@example.com","category":"Arts"}""");
        var input = new
        {
            episodeId = episode.Id, idempotencyKey = Guid.NewGuid(), requiresApproval = true,
            targets = new[] { new { platformAccountId = rss, details = EngineHost.Details("Episode one") } },
        };

        var first = await _host.PlanAsync(_owner, input);
        var second = await _host.PlanAsync(_owner, input);

        Assert.True(first["errors"] is null, first.ToJsonString());
        var id = first["publications"]![0]!["id"]!.GetValue<string>();
        Assert.Equal(id, second["publications"]![0]!["id"]!.GetValue<string>());
        Assert.Empty(first["jobs"]!.AsArray());
        Assert.Empty(second["jobs"]!.AsArray());
        Assert.True(first["publications"]![0]!["requiresApproval"]!.GetValue<bool>());
        var count = await _host.Client(_owner).DataAsync("query($e: ID!) { episode(id: $e) { status publications { id } } }", new { e = episode.Id });
        Assert.Single(count["episode"]!["publications"]!.AsArray());
        Assert.Equal("PUBLISHING", count["episode"]!["status"]!.GetValue<string>());

        using var http = _host.Http();
        await Task.Delay(1000);
        Assert.Equal("SCHEDULED", (await _host.PublicationAsync(_owner, id))["status"]!.GetValue<string>());
        var empty = XDocument.Parse(await http.GetStringAsync($"/feeds/{feedId}.xml"));
        Assert.Empty(empty.Descendants("item"));

        var approved = await _host.MutateAsync(_owner, "approvePublication", new { publicationId = id },
            "publication { id status } job { id runAfter } errors { __typename ... on Error { message } }");
        Assert.True(approved["errors"] is null, approved.ToJsonString());
        var job = approved["job"]!["id"]!.GetValue<string>();
        var published = await _host.WaitAsync(_owner, id, EngineHost.Status("PUBLISHED", "FAILED"));
        EngineHost.AssertStatus("PUBLISHED", published);
        Assert.NotNull(published["approvedAt"]);
        var third = await _host.PlanAsync(_owner, input);
        Assert.Equal(id, third["publications"]![0]!["id"]!.GetValue<string>());
        Assert.Equal(job, third["jobs"]![0]!["id"]!.GetValue<string>());

        using var response = await http.GetAsync($"/feeds/{feedId}.xml");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.NotNull(response.Content.Headers.LastModified);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Cooking podcast", feed.Root!.Element("channel")!.Element("title")!.Value);
        var item = Assert.Single(feed.Descendants("item"));
        Assert.Equal("Episode one", item.Element("title")!.Value);
        var enclosure = item.Element("enclosure")!;
        Assert.Equal("video/mp4", enclosure.Attribute("type")!.Value);
        Assert.Equal(mp4.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), enclosure.Attribute("length")!.Value);
        var url = new Uri(enclosure.Attribute("url")!.Value);
        Assert.Equal(http.BaseAddress!.Authority, url.Authority);
        Assert.Equal(mp4, await http.GetByteArrayAsync(url.PathAndQuery));
        // The publication's postUrl is the same enclosure, on the origin the API client reached.
        Assert.Equal(url.ToString(), published["postUrl"]!.GetValue<string>());

        using var conditional = new HttpRequestMessage(HttpMethod.Get, $"/feeds/{feedId}.xml");
        conditional.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var notModified = await http.SendAsync(conditional);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/feeds/no-such-feed.xml")).StatusCode);
    }

    [Fact]
    public async Task CreateJobWithPublishingSpec_PlansOnePublicationAndRunsItsUploadJob()
    {
        var mp4 = await EngineMedia.VerticalAsync();
        var episode = await _host.EpisodeAsync(_owner, mp4);
        var feedId = $"feed-{Guid.NewGuid():N}";
        var rss = await _host.AccountAsync(_owner, "rss_feed", feedId, new Modules.Publishing.Accounts.PlatformCredentials(null, null, null));

        var created = await _host.MutateAsync(_owner, "createJob", new
        {
            projectId = episode.Project,
            spec = new { publishing = new { episodeId = episode.Id, platformAccountId = rss, details = EngineHost.Details("From createJob") } },
        }, "job { id taskName kind provider } errors { __typename ... on Error { message } }");

        Assert.True(created["errors"] is null, created.ToJsonString());
        Assert.Equal(("publishing.upload", "PUBLISHING_UPLOAD", "rss_feed"), (created["job"]!["taskName"]!.GetValue<string>(),
            created["job"]!["kind"]!.GetValue<string>(), created["job"]!["provider"]!.GetValue<string>()));
        var list = await _host.Client(_owner).DataAsync("query($e: ID!) { episode(id: $e) { publications { id uploadJob { id } } } }", new { e = episode.Id });
        var publication = Assert.Single(list["episode"]!["publications"]!.AsArray())!;
        Assert.Equal(created["job"]!["id"]!.GetValue<string>(), publication["uploadJob"]!["id"]!.GetValue<string>());
        var published = await _host.WaitAsync(_owner, publication["id"]!.GetValue<string>(), EngineHost.Status("PUBLISHED", "FAILED"));
        EngineHost.AssertStatus("PUBLISHED", published);
    }

    [Fact]
    public async Task Plan_RefusesBadTargetsWithTypedErrors_AndMakesNothing()
    {
        var mp4 = await EngineMedia.VerticalAsync();
        var episode = await _host.EpisodeAsync(_owner, mp4);
        var youtube = await _host.AccountAsync(_owner, "youtube", "UC123", EngineHost.Tokens("yt-1"));
        var tiktok = await _host.AccountAsync(_owner, "tiktok", "open-1", EngineHost.Tokens("tk-1"));
        var expired = await _host.AccountAsync(_owner, "facebook", "page-1", EngineHost.Tokens("old"), status: PlatformConnectionStatus.Expired);
        var small = await _host.UploadAsync(_owner, episode.Project, await EngineMedia.SmallAsync(), "small.mp4");
        var draft = (await DashboardApi.StructureAsync(_host.Client(_owner))).Episode;

        async Task<JsonNode> ErrorOf(object target, string? episodeId = null) =>
            (await _host.PlanAsync(_owner, new { episodeId = episodeId ?? episode.Id, targets = new[] { target } }))["errors"]![0]!;

        Assert.Equal("InvalidStateError", (await ErrorOf(new { platformAccountId = youtube, details = EngineHost.Details() }, draft))["__typename"]!.GetValue<string>());
        var duplicate = await _host.PlanAsync(_owner, new { episodeId = episode.Id, targets = new[]
        {
            new { platformAccountId = youtube, details = EngineHost.Details() }, new { platformAccountId = youtube, details = EngineHost.Details() },
        } });
        Assert.Equal(("DUPLICATE", "input.targets[1].platformAccountId"),
            (duplicate["errors"]![0]!["code"]!.GetValue<string>(), duplicate["errors"]![0]!["field"]!.GetValue<string>()));
        var past = await ErrorOf(new { platformAccountId = youtube, scheduledTime = DateTime.UtcNow.AddHours(-2).ToString("O"), details = EngineHost.Details() });
        Assert.Equal("IN_THE_PAST", past["code"]!.GetValue<string>());
        var unauthorized = await ErrorOf(new { platformAccountId = expired, details = EngineHost.Details() });
        Assert.Equal(("PlatformAuthorizationError", "FACEBOOK"), (unauthorized["__typename"]!.GetValue<string>(), unauthorized["platform"]!.GetValue<string>()));
        var tooSmall = await ErrorOf(new { platformAccountId = tiktok, assetId = small, details = EngineHost.Details() });
        Assert.Equal("UnsupportedMediaError", tooSmall["__typename"]!.GetValue<string>());
        Assert.Contains("DURATION_TOO_SHORT", tooSmall["message"]!.GetValue<string>());
        var undeclared = await ErrorOf(new { platformAccountId = youtube, details = new { title = "No audience declared" } });
        Assert.Equal("MADE_FOR_KIDS_UNDECLARED", undeclared["code"]!.GetValue<string>());

        var none = await _host.Client(_owner).DataAsync("{ publications(first: 10) { totalCount } }");
        Assert.Equal(0, none["publications"]!["totalCount"]!.GetValue<int>());
        Assert.Empty(_fakes.Server.LogEntries);
    }

    [Fact]
    public async Task AnotherOwner_CannotPlanOnYourEpisodeOrAccount_SeeOrCancelYourPublications_OrSubscribe()
    {
        var mp4 = await EngineMedia.VerticalAsync();
        var mine = await _host.EpisodeAsync(_owner, mp4);
        var myAccount = await _host.AccountAsync(_owner, "rss_feed", $"feed-{Guid.NewGuid():N}", new(null, null, null));
        var theirs = await _host.EpisodeAsync(_other, mp4);
        var theirAccount = await _host.AccountAsync(_other, "rss_feed", $"feed-{Guid.NewGuid():N}", new(null, null, null));
        var plan = await _host.PlanAsync(_owner, new
        {
            episodeId = mine.Id, requiresApproval = true, targets = new[] { new { platformAccountId = myAccount, details = EngineHost.Details() } },
        });
        var id = plan["publications"]![0]!["id"]!.GetValue<string>();

        var onMyEpisode = await _host.PlanAsync(_other, new { episodeId = mine.Id, targets = new[] { new { platformAccountId = theirAccount, details = EngineHost.Details() } } });
        Assert.Equal("Episode", onMyEpisode["errors"]![0]!["typeName"]!.GetValue<string>());
        var withMyAccount = await _host.PlanAsync(_other, new { episodeId = theirs.Id, targets = new[] { new { platformAccountId = myAccount, details = EngineHost.Details() } } });
        Assert.Equal("PlatformAccount", withMyAccount["errors"]![0]!["typeName"]!.GetValue<string>());
        var seen = await _host.Client(_other).DataAsync("query($id: ID!) { publication(id: $id) { id } publications(first: 5) { totalCount } }", new { id });
        Assert.Null(seen["publication"]);
        Assert.Equal(0, seen["publications"]!["totalCount"]!.GetValue<int>());
        foreach (var mutation in new[] { "cancelPublication", "approvePublication", "retryPublication" })
        {
            var refused = await _host.MutateAsync(_other, mutation, new { publicationId = id }, "errors { __typename }");
            Assert.Equal("NotFoundError", refused["errors"]![0]!["__typename"]!.GetValue<string>());
        }
        Assert.Equal("SCHEDULED", (await _host.PublicationAsync(_owner, id))["status"]!.GetValue<string>());

        await using var ws = await WsTestClient.ConnectAckedAsync(_host.Factory.WebSocketUri, new { authorization = "Bearer " + Tokens.ForUser(_other) });
        foreach (var (key, value) in new[] { ("p", id), ("e", mine.Id), ("c", mine.Channel) })
        {
            await ws.SendAsync(new { type = "subscribe", id = key, payload = new { query = EventRecorder.Subscription, variables = new Dictionary<string, string> { [key] = value } } });
            var messages = await ws.ReceiveOperationAsync(key);
            var text = string.Join("\n", messages.Where(m => m.TryGetProperty("payload", out _)).Select(m => m.GetProperty("payload").GetRawText()));
            Assert.Contains("NOT_FOUND", text);
            Assert.DoesNotContain("\"data\":{\"onPublicationStatusChanged\":{", text);
        }
    }
}
