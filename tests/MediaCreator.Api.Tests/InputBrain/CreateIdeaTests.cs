using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Jobs;
using MediaCreator.Api.Tests.Storage;
using MediaCreator.Modules.Core.GraphQL.Relay;
using SkiaSharp;
using static MediaCreator.Api.Tests.InputBrain.IdeaApi;

namespace MediaCreator.Api.Tests.InputBrain;

/// <summary>createIdea with the built-in engine (no AI:Chat): project, versions, options, previews rendered by the image worker.</summary>
public sealed partial class CreateIdeaTests : IAsyncLifetime
{
    private readonly Guid _owner = Guid.NewGuid();
    private StorageApi _api = null!;
    private GraphQLClient _client = null!;

    public async Task InitializeAsync()
    {
        _api = await StorageApi.StartAsync(JobTestSettings.Fast);
        _client = GraphQLClient.AsUser(_api.Factory, _owner);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<byte[]> DownloadAsync(JsonNode asset)
    {
        using var response = await _api.GetAsync(asset["url"].Text());
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode} for {asset["fileName"]}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    [GeneratedRegex(@"\p{IsThai}")]
    private static partial Regex Thai();

    [Fact]
    public async Task BuiltInEngine_CreatesProjectVersionsAndCompletedPngPreviews_IdempotencyKeyReturnsTheSameIdea()
    {
        var key = Guid.NewGuid();
        var input = new
        {
            type = "VIDEO", prompt = "Street food tour in Bangkok at night\nshow the wok and the prices", idempotencyKey = key,
            options = new
            {
                aspectRatio = "RATIO_9_16", targetPlatforms = new[] { "TIKTOK" }, language = "en", durationSeconds = 30.0, versionCount = 3,
                audience = "young travellers", tone = "energetic", style = "neon", custom = new { series = "nights" },
            },
        };
        var payload = await CreateIdeaAsync(_client, input);
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        var idea = payload["idea"]!;

        // The project is created and named from the prompt's first line.
        Assert.Equal("Street food tour in Bangkok at night", idea["project"]!["name"].Text());
        Assert.Equal(("VIDEO", "DRAFT", "template"), (idea["type"].Text(), idea["status"].Text(), idea["suggestionSource"].Text()));
        var options = idea["options"]!;
        Assert.Equal(("RATIO_9_16", "en", 30.0, 3), (options["aspectRatio"].Text(), options["language"].Text(),
            options["durationSeconds"]!.GetValue<double>(), options["versionCount"]!.GetValue<int>()));
        Assert.Equal(["TIKTOK"], options["targetPlatforms"].Texts());
        Assert.Equal(("young travellers", "energetic", "neon"), (options["audience"].Text(), options["tone"].Text(), options["style"].Text()));
        Assert.Equal("nights", options["custom"]!["series"].Text());

        // Three distinct versions, each for TikTok 9:16 at 30 s, with one preview job.
        var versions = idea["versions"]!.AsArray();
        Assert.Equal([0, 1, 2], versions.Select(v => v!["versionIndex"]!.GetValue<int>()));
        Assert.Equal(3, versions.Select(v => v!["title"].Text()).Distinct().Count());
        Assert.Equal(idea["aiSuggestions"]!.AsArray().Select(s => s!["title"].Text()), versions.Select(v => v!["title"].Text()));
        Assert.All(idea["aiSuggestions"]!.AsArray(), s =>
        {
            Assert.Equal(("tiktok", "RATIO_9_16", 30.0), (s!["format"]!["platform"].Text(), s["format"]!["aspectRatio"].Text(), s["format"]!["durationSeconds"]!.GetValue<double>()));
            Assert.Equal("template", s["source"].Text());
            Assert.NotEmpty(s["outline"]!.AsArray());
            Assert.Contains(s["scoreReasons"].Texts(), r => r.StartsWith("No performance data yet", StringComparison.Ordinal));
        });
        var jobs = payload["jobs"]!.AsArray();
        Assert.Equal(3, jobs.Count);
        Assert.All(jobs, j => Assert.Equal("image.generate", j!["taskName"].Text()));
        Assert.Equal(jobs.Select(j => j!["id"].Text()).Order(), versions.Select(v => v!["previewJob"]!["id"].Text()).Order());

        // The previews complete and are real low-resolution PNGs of the version's 9:16 frame (long side 320).
        var done = await WithCompletedPreviewsAsync(_client, idea);
        foreach (var version in done["versions"]!.AsArray())
        {
            var asset = version!["previewAsset"]!;
            Assert.Equal("image/png", asset["mimeType"].Text());
            Assert.Equal((180, 320), (asset["metadata"]!["width"]!.GetValue<int>(), asset["metadata"]!["height"]!.GetValue<int>()));
            Assert.Equal((180, 320), PngSize(await DownloadAsync(asset)));
        }

        // The same idempotency key returns the same idea and jobs, and makes no second project.
        var again = await CreateIdeaAsync(_client, input);
        Assert.True(again["errors"] is null, again.ToJsonString());
        Assert.Equal(idea["id"].Text(), again["idea"]!["id"].Text());
        Assert.Equal(jobs.Select(j => j!["id"].Text()).Order(), again["jobs"]!.AsArray().Select(j => j!["id"].Text()).Order());
        var counts = await _client.DataAsync("{ ideas { totalCount } projects { totalCount } }");
        Assert.Equal((1, 1), (counts["ideas"]!["totalCount"]!.GetValue<int>(), counts["projects"]!["totalCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task ThaiPrompt_GivesThaiVersions_InTheNamedProject_WithSquarePreviews()
    {
        var idea = await CreatedIdeaAsync(_client, new
        {
            type = "IMAGE", prompt = "อาหารริมทางเยาวราช ก๋วยเตี๋ยว ข้าวมันไก่ ขนมหวาน", projectName = "ร้านอร่อย",
            options = new { language = "th", aspectRatio = "RATIO_1_1", versionCount = 2 },
        });

        Assert.Equal("ร้านอร่อย", idea["project"]!["name"].Text());
        Assert.Equal("th", idea["options"]!["language"].Text());
        var suggestions = idea["aiSuggestions"]!.AsArray();
        Assert.Equal(2, suggestions.Count);
        Assert.Equal(2, suggestions.Select(s => s!["title"].Text()).Distinct().Count());
        Assert.All(suggestions, s =>
        {
            Assert.Matches(Thai(), s!["title"].Text());
            Assert.Matches(Thai(), s["hook"].Text());
            Assert.All(s["outline"].Texts(), line => Assert.Matches(Thai(), line));
        });

        var done = await WithCompletedPreviewsAsync(_client, idea);
        foreach (var version in done["versions"]!.AsArray())
            Assert.Equal((320, 320), PngSize(await DownloadAsync(version!["previewAsset"]!)));
    }

    [Fact]
    public async Task ReferenceAssets_AreKept_ForeignOrUnknownAssetsAreNotFound()
    {
        var project = await _api.CreateProjectAsync(_owner);
        var mine = (await _api.UploadAsync(_owner, project, "mood.png", "image/png", MediaFiles.Png(64, 36, SKColors.Teal)))["asset"]!["id"].Text();
        var stranger = Guid.NewGuid();
        var theirProject = await _api.CreateProjectAsync(stranger);
        var theirs = (await _api.UploadAsync(stranger, theirProject, "theirs.png", "image/png", MediaFiles.Png(20, 20, SKColors.Red)))["asset"]!["id"].Text();
        var unknown = GlobalId.Encode("Asset", Guid.NewGuid());

        var idea = await CreatedIdeaAsync(_client, new
        {
            projectId = project, type = "IMAGE", prompt = "a calm poster for a tea shop", referenceAssetIds = new[] { mine }, options = new { versionCount = 1 },
        });
        Assert.Equal(project, idea["project"]!["id"].Text());
        var reference = Assert.Single(idea["referenceAssets"]!.AsArray());
        Assert.Equal((mine, "mood.png"), (reference!["id"].Text(), reference["fileName"].Text()));

        foreach (var id in new[] { theirs, unknown })
        {
            var payload = await CreateIdeaAsync(_client, new { type = "IMAGE", prompt = "a poster", referenceAssetIds = new[] { id } });
            var error = SingleError(payload, "NotFoundError");
            Assert.Equal(("Asset", id), (error["typeName"].Text(), error["id"].Text()));
            Assert.Null(payload["idea"]);
        }
        var count = await _client.DataAsync("{ ideas { totalCount } }");
        Assert.Equal(1, count["ideas"]!["totalCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ForeignProject_IsNotFound_TooLongPromptIsInvalid_NeitherCreatesAnything()
    {
        var theirs = await _api.CreateProjectAsync(Guid.NewGuid());

        var foreign = await CreateIdeaAsync(_client, new { projectId = theirs, type = "VIDEO", prompt = "cats" });
        var error = SingleError(foreign, "NotFoundError");
        Assert.Equal(("Project", theirs), (error["typeName"].Text(), error["id"].Text()));

        var tooLong = await CreateIdeaAsync(_client, new { type = "VIDEO", prompt = new string('a', 4001) });
        var invalid = SingleError(tooLong, "ValidationError");
        Assert.Equal(("input.prompt", "INVALID_LENGTH"), (invalid["field"].Text(), invalid["code"].Text()));

        var counts = await _client.DataAsync("{ ideas { totalCount } projects { totalCount } jobs { totalCount } }");
        Assert.Equal((0, 0, 0), (counts["ideas"]!["totalCount"]!.GetValue<int>(), counts["projects"]!["totalCount"]!.GetValue<int>(),
            counts["jobs"]!["totalCount"]!.GetValue<int>()));
    }

    [Theory]
    [InlineData("versionCount", 0, "input.options.versionCount", "OUT_OF_RANGE")]
    [InlineData("durationSeconds", 1.0, "input.options.durationSeconds", "OUT_OF_RANGE")]
    [InlineData("language", "xx-??", "input.options.language", "INVALID_FORMAT")]
    public async Task BadOptions_AreValidationErrors_AndCreateNothing(string option, object value, string field, string code)
    {
        var options = new Dictionary<string, object> { [option] = value };
        var payload = await CreateIdeaAsync(_client, new { type = "VIDEO", prompt = "cats", options });

        var error = SingleError(payload, "ValidationError");
        Assert.Equal((field, code), (error["field"].Text(), error["code"].Text()));
        Assert.Null(payload["idea"]);
        var counts = await _client.DataAsync("{ ideas { totalCount } projects { totalCount } jobs { totalCount } }");
        Assert.Equal((0, 0, 0), (counts["ideas"]!["totalCount"]!.GetValue<int>(), counts["projects"]!["totalCount"]!.GetValue<int>(),
            counts["jobs"]!["totalCount"]!.GetValue<int>()));
    }
}
