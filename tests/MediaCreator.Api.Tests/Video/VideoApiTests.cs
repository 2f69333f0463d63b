using System.Text;
using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Jobs;
using MediaCreator.Api.Tests.Storage;

namespace MediaCreator.Api.Tests.Video;

/// <summary>The Video mutations end to end: enqueue through GraphQL, run in the API's worker, probe and decode the outputs.</summary>
public sealed class VideoApiTests : IAsyncLifetime
{
    private const string Errors = """
        errors { __typename ... on Error { message } ... on NotFoundError { typeName } ... on ProviderUnavailableError { provider }
                 ... on ValidationError { field code } ... on UnsupportedMediaError { mimeType } }
        """;

    private const string JobResult = """
        query($id: ID!) { job(id: $id) { id status message failure { code message } taskName provider
          childJobs { taskName status }
          parameters { __typename ... on VideoJobParameters { mode provider aspectRatio sourceAssets { id }
            operations { type ... on AutoCutSilenceOperation { minSilenceMs thresholdDb paddingMs } ... on SpeedOperation { factor } }
            exportTargets { aspectRatio strategy resolution { width height } } subtitle { mode style burnIn formats } } }
          outputs { id fileName mimeType url type derivedFrom { id }
            metadata { __typename ... on VideoMetadata { duration width height fps hasAudio aspectRatio provider codec }
                       ... on SubtitleMetadata { format language cueCount } ... on ImageMetadata { width height imageFormat: format } } }
          result { __typename ... on SubtitleResult { id transcript language source segments { start end text words { start end text } }
                   subtitleAssets { id fileName metadata { ... on SubtitleMetadata { format language cueCount } } } } } } }
        """;

    private readonly Guid _owner = Guid.NewGuid();
    private StorageApi _api = null!;
    private GraphQLClient _client = null!;
    private string _project = null!;

    public async Task InitializeAsync()
    {
        _api = await StorageApi.StartAsync(new Dictionary<string, string?>(JobTestSettings.Fast)
        {
            ["Storage:MaxUploadBytes"] = "64000000",
            ["Video:Editor:Preset"] = "ultrafast",
            ["Video:Render:Preset"] = "ultrafast",
        });
        _client = GraphQLClient.AsUser(_api.Factory, _owner);
        _project = await _api.CreateProjectAsync(_owner);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<string> UploadAsync(byte[] bytes, string fileName, string mime)
    {
        var payload = await _api.UploadAsync(_owner, _project, fileName, mime, bytes);
        Assert.True(payload["asset"] is not null, payload.ToJsonString());
        return payload["asset"]!["id"]!.GetValue<string>();
    }

    private async Task<string> EnqueueAsync(string mutation, object input)
    {
        var data = await _client.DataAsync($$"""mutation($input: {{char.ToUpperInvariant(mutation[0]) + mutation[1..]}}Input!) { {{mutation}}(input: $input) { job { id status } {{Errors}} } }""", new { input });
        var payload = data[mutation]!;
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["job"]!["id"]!.GetValue<string>();
    }

    private async Task<JsonNode> RunAsync(string mutation, object input, string status = "COMPLETED")
    {
        var id = await EnqueueAsync(mutation, input);
        return await WaitAsync(id, status);
    }

    private async Task<JsonNode> WaitAsync(string id, string status = "COMPLETED")
    {
        // Until the job ends either way, so a failure shows at once with its reason.
        var deadline = DateTime.UtcNow.AddSeconds(240);
        JsonNode job;
        do
        {
            await Task.Delay(250);
            job = (await _client.DataAsync(JobResult, new { id }))["job"]!;
        }
        while (job["status"]!.GetValue<string>() is "QUEUED" or "RUNNING" && DateTime.UtcNow < deadline);
        Assert.True(job["status"]!.GetValue<string>() == status, job.ToJsonString());
        return job;
    }

    private async Task<JsonNode> ErrorOfAsync(string mutation, object input)
    {
        var data = await _client.DataAsync($$"""mutation($input: {{char.ToUpperInvariant(mutation[0]) + mutation[1..]}}Input!) { {{mutation}}(input: $input) { job { id } {{Errors}} } }""", new { input });
        Assert.True(data[mutation]!["job"] is null, data.ToJsonString());
        return data[mutation]!["errors"]![0]!;
    }

    private async Task<byte[]> DownloadAsync(JsonNode asset)
    {
        using var response = await _api.GetAsync(asset["url"]!.GetValue<string>());
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode} for {asset["fileName"]}");
        return await response.Content.ReadAsByteArrayAsync();
    }

    [Fact]
    public async Task EditVideo_AutoCutSilence_RemovesTheGaps_AndSpeedsUp()
    {
        // 1 s tone, 1.5 s silence, 1 s tone, 1.5 s silence, 1 s tone: 6 s, of which 3 s are sound.
        var source = await UploadAsync(await VideoClips.TonesAsync(6, (0, 1), (2.5, 3.5), (5, 6)), "talk.mp4", "video/mp4");

        var job = await RunAsync("editVideo", new
        {
            projectId = _project, sourceAssetIds = new[] { source },
            operations = new object[] { new { autoCutSilence = new { minSilenceMs = 500, thresholdDb = -40.0, paddingMs = 100 } }, new { speed = new { factor = 2.0 } } },
        });

        var output = job["outputs"]![0]!;
        var metadata = output["metadata"]!;
        // Sound 3 s plus 100 ms of padding on each side of the two gaps (0.4 s), then twice as fast.
        Assert.InRange(metadata["duration"]!.GetValue<double>(), 1.55, 1.9);
        Assert.Equal(320, metadata["width"]!.GetValue<int>());
        Assert.True(metadata["hasAudio"]!.GetValue<bool>());
        Assert.Equal("h264", metadata["codec"]!.GetValue<string>());
        Assert.Equal(source, output["derivedFrom"]!["id"]!.GetValue<string>());
        var (duration, width, height) = await VideoClips.ProbeAsync(await DownloadAsync(output));
        Assert.InRange(duration, 1.5, 1.95);
        Assert.Equal((320, 240), (width, height));
        var operations = job["parameters"]!["operations"]!.AsArray();
        Assert.Equal("AUTO_CUT_SILENCE", operations[0]!["type"]!.GetValue<string>());
        Assert.Equal(500, operations[0]!["minSilenceMs"]!.GetValue<int>());
        Assert.Equal(2.0, operations[1]!["factor"]!.GetValue<double>());
    }

    [Fact]
    public async Task MultiExport_RendersEveryRatio_AsAssetsWithVideoMetadata()
    {
        var source = await UploadAsync(await VideoClips.MovingSubjectAsync(3), "wide.mp4", "video/mp4");

        var job = await RunAsync("multiExportVideo", new
        {
            projectId = _project, sourceAssetId = source,
            targets = new object[]
            {
                new { aspectRatio = "RATIO_16_9", resolution = new { width = 320, height = 180 } },
                new { aspectRatio = "RATIO_9_16", resolution = new { width = 180, height = 320 }, strategy = "SMART_CROP" },
                new { aspectRatio = "RATIO_4_5", resolution = new { width = 240, height = 300 }, strategy = "BLUR_PAD" },
                new { aspectRatio = "RATIO_1_1", resolution = new { width = 240, height = 240 }, strategy = "LETTERBOX" },
            },
        });

        var outputs = job["outputs"]!.AsArray();
        Assert.Equal(4, outputs.Count);
        var expected = new[] { (320, 180, "16:9"), (180, 320, "9:16"), (240, 300, "4:5"), (240, 240, "1:1") };
        for (var i = 0; i < 4; i++)
        {
            var m = outputs[i]!["metadata"]!;
            Assert.Equal("VideoMetadata", m["__typename"]!.GetValue<string>());
            Assert.Equal(expected[i], (m["width"]!.GetValue<int>(), m["height"]!.GetValue<int>(), m["aspectRatio"]!.GetValue<string>()));
            Assert.InRange(m["duration"]!.GetValue<double>(), 2.9, 3.1);
            Assert.True(m["hasAudio"]!.GetValue<bool>());
            Assert.Equal("ffmpeg", m["provider"]!.GetValue<string>());
        }
        // The 9:16 crop follows the disc: at 2.5 s it is right of centre in the source, and still inside the tall frame.
        var tall = await DownloadAsync(outputs[1]!);
        Assert.True(await VideoClips.MeanLumaAsync(tall, 2.5, 0, 0.4, 1, 0.6) > 60, "the subject left the 9:16 frame");
        Assert.Equal(["RATIO_16_9", "RATIO_9_16", "RATIO_4_5", "RATIO_1_1"],
            job["parameters"]!["exportTargets"]!.AsArray().Select(t => t!["aspectRatio"]!.GetValue<string>()));
    }

    [Fact]
    public async Task SubtitleVideo_FromSrt_WritesEveryFormat_BurnsIn_AndTheResultIsTheOwnersOnly()
    {
        var video = await VideoClips.TonesAsync(4, (0, 4));
        var source = await UploadAsync(video, "clip.mp4", "video/mp4");
        var srt = "1\n00:00:00,500 --> 00:00:02,000\nHello world\n\n2\n00:00:02,500 --> 00:00:03,800\nSecond line here\n";
        var subtitle = await UploadAsync(Encoding.UTF8.GetBytes(srt), "clip.srt", "application/x-subrip");

        var job = await RunAsync("subtitleVideo", new
        {
            projectId = _project, sourceAssetId = source, mode = "FROM_ASSET", subtitleAssetId = subtitle, sourceLanguage = "en", style = "STANDARD",
            burnIn = true, formats = new[] { "SRT", "VTT", "ASS" },
        });

        var result = job["result"]!;
        Assert.Equal("SubtitleResult", result["__typename"]!.GetValue<string>());
        Assert.Equal("Hello world Second line here", result["transcript"]!.GetValue<string>());
        var segments = result["segments"]!.AsArray();
        Assert.Equal(2, segments.Count);
        Assert.Equal(0.5, segments[0]!["start"]!.GetValue<double>(), 2);
        Assert.Equal(["SRT", "VTT", "ASS"], result["subtitleAssets"]!.AsArray().Select(a => a!["metadata"]!["format"]!.GetValue<string>()));
        Assert.All(result["subtitleAssets"]!.AsArray(), a => Assert.Equal(2, a!["metadata"]!["cueCount"]!.GetValue<int>()));
        var vtt = Encoding.UTF8.GetString(await DownloadAsync(job["outputs"]!.AsArray().First(o => o!["fileName"]!.GetValue<string>().EndsWith(".vtt"))!));
        Assert.StartsWith("WEBVTT", vtt);
        Assert.Contains("00:00:00.500 --> 00:00:02.000", vtt);

        // Burned in: the bottom of the frame changes while a caption shows, and not between captions.
        var burned = job["outputs"]!.AsArray().Single(o => o!["type"]!.GetValue<string>() == "VIDEO")!;
        var bytes = await DownloadAsync(burned);
        var during = await VideoClips.DifferenceAsync(bytes, video, 1.2, 0.05, 0.7, 0.95, 0.98);
        var between = await VideoClips.DifferenceAsync(bytes, video, 2.25, 0.05, 0.7, 0.95, 0.98);
        Assert.True(during > 2 * between + 1, $"caption change {during:0.0} vs none {between:0.0}");

        var id = result["id"]!.GetValue<string>();
        var mine = await _client.DataAsync("query($a: ID!, $id: ID!) { subtitles(assetId: $a) { id } node(id: $id) { ... on SubtitleResult { language } } }", new { a = source, id });
        Assert.Equal(id, mine["subtitles"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("en", mine["node"]!["language"]!.GetValue<string>());
        var stranger = GraphQLClient.AsUser(_api.Factory, Guid.NewGuid());
        var theirs = await stranger.DataAsync("query($a: ID!, $id: ID!) { subtitles(assetId: $a) { id } node(id: $id) { id } }", new { a = source, id });
        Assert.Empty(theirs["subtitles"]!.AsArray());
        Assert.Null(theirs["node"]);
    }

    [Fact]
    public async Task SubtitleVideo_Auto_RecognizesSpeech_WithWordTimes()
    {
        var source = await UploadAsync(await VideoClips.SpeechVideoAsync("Hello. This is a test of the subtitles."), "speech.mp4", "video/mp4");

        var job = await RunAsync("subtitleVideo", new { projectId = _project, sourceAssetId = source, formats = new[] { "SRT" } });

        var result = job["result"]!;
        Assert.Equal("pocketsphinx", result["source"]!.GetValue<string>());
        var words = result["segments"]!.AsArray().SelectMany(s => s!["words"]!.AsArray()).ToList();
        Assert.NotEmpty(words);
        Assert.All(words, w => Assert.InRange(w!["start"]!.GetValue<double>(), 0, 4.5));
        Assert.Equal("SRT", result["subtitleAssets"]![0]!["metadata"]!["format"]!.GetValue<string>());
    }

    [Fact]
    public async Task GenerateVideo_Storyboard_ImagesFromImageJobs_Narrated_AndCaptionsFromTheScript()
    {
        var job = await RunAsync("generateVideo", new
        {
            projectId = _project, prompt = "Morning coffee", script = "Good morning. Coffee makes the day brighter.",
            durationSeconds = 6.0, aspectRatio = "RATIO_9_16", resolution = new { width = 180, height = 320 }, fps = 15, captionStyle = "STANDARD",
        });

        var m = job["outputs"]![0]!["metadata"]!;
        Assert.Equal((180, 320), (m["width"]!.GetValue<int>(), m["height"]!.GetValue<int>()));
        Assert.InRange(m["duration"]!.GetValue<double>(), 5.8, 6.2);
        Assert.True(m["hasAudio"]!.GetValue<bool>());
        var images = job["childJobs"]!.AsArray().Where(c => c!["taskName"]!.GetValue<string>() == "image.generate").ToList();
        Assert.NotEmpty(images);
        Assert.All(images, c => Assert.Equal("COMPLETED", c!["status"]!.GetValue<string>()));

        // Subtitles of our own video come from the narration script, not recognition.
        var video = job["outputs"]![0]!["id"]!.GetValue<string>();
        var subtitles = await RunAsync("subtitleVideo", new { projectId = _project, sourceAssetId = video, formats = new[] { "VTT" } });
        Assert.Equal("narration", subtitles["result"]!["source"]!.GetValue<string>());
        Assert.Contains("Coffee makes the day brighter", subtitles["result"]!["transcript"]!.GetValue<string>());
    }

    [Fact]
    public async Task Timeline_CreateEditRender_WithRevisionChecks_AndOwnerScope()
    {
        var a = await UploadAsync(await VideoClips.MovingSubjectAsync(2), "a.mp4", "video/mp4");
        var b = await UploadAsync(await VideoClips.TonesAsync(2, (0, 2)), "b.mp4", "video/mp4");
        var created = (await _client.DataAsync("""
            mutation($p: ID!) { createTimeline(input: { projectId: $p, name: "Cut", width: 320, height: 180, fps: 25 }) {
              timeline { id revision tracks { id kind } } errors { __typename } } }
            """, new { p = _project }))["createTimeline"]!["timeline"]!;
        var timeline = created["id"]!.GetValue<string>();
        var tracks = created["tracks"]!.AsArray();
        var videoTrack = tracks.First(t => t!["kind"]!.GetValue<string>() == "VIDEO")!["id"]!.GetValue<string>();
        var textTrack = tracks.First(t => t!["kind"]!.GetValue<string>() == "TEXT")!["id"]!.GetValue<string>();

        const string Edit = """
            mutation($input: EditTimelineInput!) { editTimeline(input: $input) {
              timeline { revision durationSeconds tracks { kind clips { id start end ... on VideoTimelineClip { inPoint outPoint } } transitions { type durationSeconds } } }
              errors { __typename ... on Error { message } ... on ValidationError { code field } } } }
            """;
        var edited = (await _client.DataAsync(Edit, new
        {
            input = new
            {
                timelineId = timeline, expectedRevision = 0,
                operations = new object[]
                {
                    new { addClip = new { trackId = videoTrack, assetId = a, start = 0.0 } },
                    new { addClip = new { trackId = videoTrack, assetId = b, start = 2.0 } },
                    new { addText = new { trackId = textTrack, text = "สวัสดี Hello", start = 0.5, durationSeconds = 1.0, language = "th" } },
                },
            },
        }))["editTimeline"]!;
        Assert.True(edited["errors"] is null, edited.ToJsonString());
        Assert.Equal(3, edited["timeline"]!["revision"]!.GetValue<int>());
        Assert.Equal(4.0, edited["timeline"]!["durationSeconds"]!.GetValue<double>(), 2);
        var clips = edited["timeline"]!["tracks"]!.AsArray().First(t => t!["kind"]!.GetValue<string>() == "VIDEO")!["clips"]!.AsArray();
        var first = clips[0]!["id"]!.GetValue<string>();

        // Stale revision: a ConflictError, nothing applied. Overlap: a typed error, nothing applied.
        var stale = (await _client.DataAsync(Edit, new { input = new { timelineId = timeline, expectedRevision = 0, operations = new object[] { new { removeClip = new { clipId = first } } } } }))["editTimeline"]!;
        Assert.Equal("ConflictError", stale["errors"]![0]!["__typename"]!.GetValue<string>());
        var overlap = (await _client.DataAsync(Edit, new { input = new { timelineId = timeline, expectedRevision = 3, operations = new object[] { new { moveClip = new { clipId = first, start = 1.0 } } } } }))["editTimeline"]!;
        Assert.Equal("OVERLAP", overlap["errors"]![0]!["code"]!.GetValue<string>());
        var faded = (await _client.DataAsync(Edit, new { input = new { timelineId = timeline, expectedRevision = 3, operations = new object[] { new { setTransition = new { fromClipId = first, type = "fade", durationSeconds = 0.5 } } } } }))["editTimeline"]!;
        Assert.True(faded["errors"] is null, faded.ToJsonString());

        var render = await RunAsync("renderTimeline", new { timelineId = timeline });
        var m = render["outputs"]![0]!["metadata"]!;
        Assert.Equal((320, 180), (m["width"]!.GetValue<int>(), m["height"]!.GetValue<int>()));
        Assert.InRange(m["duration"]!.GetValue<double>(), 3.3, 4.1);
        Assert.Equal("TIMELINE", render["parameters"]!["mode"]!.GetValue<string>());

        var stranger = GraphQLClient.AsUser(_api.Factory, Guid.NewGuid());
        var theirs = await stranger.DataAsync("query($id: ID!) { timeline(id: $id) { id } node(id: $id) { id } }", new { id = timeline });
        Assert.Null(theirs["timeline"]);
        Assert.Null(theirs["node"]);
        var denied = await stranger.DataAsync(Edit, new { input = new { timelineId = timeline, expectedRevision = 4, operations = new object[] { new { removeClip = new { clipId = first } } } } });
        Assert.Equal("NotFoundError", denied["editTimeline"]!["errors"]![0]!["__typename"]!.GetValue<string>());
    }

    [Fact]
    public async Task PreviewVideo_ProxyThumbnailStripAndWaveform()
    {
        var source = await UploadAsync(await VideoClips.MovingSubjectAsync(3), "wide.mp4", "video/mp4");

        var job = await RunAsync("previewVideo", new { projectId = _project, sourceAssetId = source, thumbnailCount = 6 });

        var outputs = job["outputs"]!.AsArray();
        Assert.Equal(3, outputs.Count);
        var proxy = outputs[0]!["metadata"]!;
        Assert.True(Math.Min(proxy["width"]!.GetValue<int>(), proxy["height"]!.GetValue<int>()) <= 360);
        Assert.InRange(proxy["duration"]!.GetValue<double>(), 2.9, 3.1);
        var strip = outputs[1]!["metadata"]!;
        Assert.Equal("JPG", strip["imageFormat"]!.GetValue<string>());
        Assert.True(strip["width"]!.GetValue<int>() >= 6 * strip["height"]!.GetValue<int>(), "six tiles side by side");
        Assert.Equal("PNG", outputs[2]!["metadata"]!["imageFormat"]!.GetValue<string>());
    }

    [Fact]
    public async Task BadInput_IsATypedError_AndAFailedJobSaysWhy()
    {
        var image = await UploadAsync(await VideoClips.StillAsync("red"), "still.png", "image/png");
        var video = await UploadAsync(await VideoClips.TonesAsync(2, (0, 2)), "clip.mp4", "video/mp4");

        var wrongKind = await ErrorOfAsync("editVideo", new { projectId = _project, sourceAssetIds = new[] { image }, operations = new object[] { new { speed = new { factor = 2.0 } } } });
        Assert.Equal("UnsupportedMediaError", wrongKind["__typename"]!.GetValue<string>());
        var tooFast = await ErrorOfAsync("editVideo", new { projectId = _project, sourceAssetIds = new[] { video }, operations = new object[] { new { speed = new { factor = 10.0 } } } });
        Assert.Equal("OUT_OF_RANGE", tooFast["code"]!.GetValue<string>());
        Assert.Equal("input.operations[0].speed.factor", tooFast["field"]!.GetValue<string>());
        var noSong = await ErrorOfAsync("generateVideo", new { projectId = _project, prompt = "x", kind = "MUSIC_VIDEO" });
        Assert.Equal("REQUIRED", noSong["code"]!.GetValue<string>());

        // Translation needs a language model and none is configured: the job fails and records why.
        var subtitle = await UploadAsync(Encoding.UTF8.GetBytes("1\n00:00:00,000 --> 00:00:01,000\nHi\n"), "hi.srt", "application/x-subrip");
        var failed = await RunAsync("subtitleVideo", new { projectId = _project, sourceAssetId = video, mode = "FROM_ASSET", subtitleAssetId = subtitle, targetLanguages = new[] { "th" } }, "FAILED");
        Assert.Equal("PROVIDER_NOT_CONFIGURED", failed["failure"]!["code"]!.GetValue<string>());
        Assert.Contains("AI:Chat", failed["failure"]!["message"]!.GetValue<string>());

        // Runway is a listed provider but has no key here: refused at run time with the reason.
        var runway = await RunAsync("generateVideo", new { projectId = _project, prompt = "a cat", provider = "runway", durationSeconds = 5.0 }, "FAILED");
        Assert.Equal("PROVIDER_NOT_CONFIGURED", runway["failure"]!["code"]!.GetValue<string>());

        // createJob(spec: { video }) enqueues the same job as the mutation.
        var created = await _client.DataAsync("""
            mutation($input: CreateJobInput!) { createJob(input: $input) { job { id taskName } errors { __typename } } }
            """, new { input = new { projectId = _project, spec = new { video = new { mode = "EDIT", sourceAssetIds = new[] { video }, operations = new object[] { new { trim = new { startSeconds = 0.5, endSeconds = 1.5 } } } } } } });
        var trimmed = await WaitAsync(created["createJob"]!["job"]!["id"]!.GetValue<string>());
        Assert.Equal("video.edit", trimmed["taskName"]!.GetValue<string>());
        Assert.InRange(trimmed["outputs"]![0]!["metadata"]!["duration"]!.GetValue<double>(), 0.95, 1.1);
    }

    [Fact]
    public async Task GenerateVideo_MusicVideo_CutsTheUploadsOnTheSong_AndTheShortVersionLastsFifteenSeconds()
    {
        var song = await Audio.AudioClips.RenderAsync(Audio.AudioClips.Song(bpm: 120, passes: 3));
        var songId = await UploadAsync(await Audio.AudioClips.EncodeAsync(song, MediaCreator.Modules.Audio.Abstractions.AudioFileFormat.Wav), "song.wav", "audio/wav");
        var red = await UploadAsync(await VideoClips.StillAsync("red"), "red.png", "image/png");
        var blue = await UploadAsync(await VideoClips.StillAsync("blue"), "blue.png", "image/png");

        var job = await RunAsync("generateVideo", new
        {
            projectId = _project, prompt = "Night drive", kind = "MUSIC_VIDEO", musicAssetId = songId, sourceAssetIds = new[] { red, blue },
            shortVersionSeconds = 15, aspectRatio = "RATIO_9_16", resolution = new { width = 144, height = 256 }, fps = 15,
        });

        var output = job["outputs"]![0]!;
        Assert.InRange(output["metadata"]!["duration"]!.GetValue<double>(), 14.7, 15.3);
        Assert.True(output["metadata"]!["hasAudio"]!.GetValue<bool>());
        Assert.Contains(job["childJobs"]!.AsArray(), c => c!["taskName"]!.GetValue<string>() == "music.analyze" && c["status"]!.GetValue<string>() == "COMPLETED");
        // Both uploads appear: red is bright in luma (about 81), blue dark (about 41).
        var bytes = await DownloadAsync(output);
        var lumas = new List<double>();
        for (var t = 0.5; t < 14.5; t += 1) lumas.Add(await VideoClips.MeanLumaAsync(bytes, t, 0.3, 0.3, 0.7, 0.7));
        Assert.Contains(lumas, l => l > 65);
        Assert.Contains(lumas, l => l < 55);
    }

    [Fact]
    public async Task EditVideo_RemoveFillerWords_CutsTheUmFromOurOwnNarration()
    {
        var generated = await RunAsync("generateVideo", new
        {
            projectId = _project, prompt = "Plan", script = "So, um, this is the plan.", durationSeconds = 5.0, captionStyle = (string?)null,
            aspectRatio = "RATIO_16_9", resolution = new { width = 256, height = 144 }, fps = 15,
        });
        var video = generated["outputs"]![0]!;
        var before = video["metadata"]!["duration"]!.GetValue<double>();

        var job = await RunAsync("editVideo", new { projectId = _project, sourceAssetIds = new[] { video["id"]!.GetValue<string>() }, operations = new object[] { new { removeFillerWords = new { } } } });

        var after = job["outputs"]![0]!["metadata"]!["duration"]!.GetValue<double>();
        Assert.InRange(before - after, 0.1, 1.5);
    }
}
