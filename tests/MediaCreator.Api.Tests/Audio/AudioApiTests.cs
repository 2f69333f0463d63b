using System.Text.Json.Nodes;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Jobs;
using MediaCreator.Api.Tests.Storage;
using MediaCreator.Modules.Audio.Abstractions;
using MediaCreator.Modules.Audio.Dsp;

namespace MediaCreator.Api.Tests.Audio;

/// <summary>The Music &amp; Audio mutations end to end: enqueue through GraphQL, run in the API's worker, read rows and decode outputs.</summary>
public sealed class AudioApiTests : IAsyncLifetime
{
    private const string Errors = """
        errors { __typename ... on Error { message } ... on NotFoundError { typeName } ... on ProviderUnavailableError { provider }
                 ... on ValidationError { field code } ... on UnsupportedMediaError { mimeType } }
        """;

    private const string JobResult = """
        query($id: ID!) { job(id: $id) { id status failure { code message } costRecords { provider quantity }
          parameters { __typename ... on AudioJobParameters { mode provider sourceAssets { id } operations { type ... on NormalizeOperation { targetLufs truePeakDb } } } }
          outputs { id fileName mimeType url derivedFrom { id }
            metadata { ... on AudioMetadata { duration sampleRate channels format loudnessLufs provider stemType } } }
          result { __typename
            ... on AudioAnalysis { id bpm bpmConfidence key { notation tonic mode } timeSignature { notation beatsPerBar }
                                   chordProgression { chord start end } sections { label start end } energyCurve { time energy }
                                   loudnessLufs truePeakDb provider asset { id } }
            ... on StemGroup { id stemProvider: provider stems { type asset { id fileName } } vocal: stem(type: VOCAL) { id } sourceAsset { id } }
            ... on TabRecord { id instrument difficulty format content mimeType metadata } } } }
        """;

    private readonly Guid _owner = Guid.NewGuid();
    private StorageApi _api = null!;
    private GraphQLClient _client = null!;
    private string _project = null!;

    public async Task InitializeAsync()
    {
        _api = await StorageApi.StartAsync(AudioTestSettings.Api);
        _client = GraphQLClient.AsUser(_api.Factory, _owner);
        _project = await _api.CreateProjectAsync(_owner);
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    private async Task<string> UploadAsync(AudioBuffer audio, AudioFileFormat format, string name)
    {
        var bytes = await AudioClips.EncodeAsync(audio, format);
        var payload = await _api.UploadAsync(_owner, _project, $"{name}.{format.Extension()}", format.MimeType(), bytes);
        return payload["asset"]!["id"]!.GetValue<string>();
    }

    private async Task<string> EnqueueAsync(string mutation, object input)
    {
        var data = await _client.DataAsync($$"""mutation($input: {{char.ToUpperInvariant(mutation[0]) + mutation[1..]}}Input!) { {{mutation}}(input: $input) { job { id status taskName provider } {{Errors}} } }""", new { input });
        var payload = data[mutation]!;
        Assert.True(payload["errors"] is null, payload.ToJsonString());
        return payload["job"]!["id"]!.GetValue<string>();
    }

    private async Task<JsonNode> RunAsync(string mutation, object input, string status = "COMPLETED")
    {
        var id = await EnqueueAsync(mutation, input);
        await JobWaits.UntilAsync(_client, id, status, TimeSpan.FromSeconds(120));
        return (await _client.DataAsync(JobResult, new { id }))["job"]!;
    }

    private async Task<JsonNode> ErrorsOfAsync(string mutation, object input)
    {
        var data = await _client.DataAsync($$"""mutation($input: {{char.ToUpperInvariant(mutation[0]) + mutation[1..]}}Input!) { {{mutation}}(input: $input) { job { id } {{Errors}} } }""", new { input });
        Assert.True(data[mutation]!["job"] is null);
        return data[mutation]!["errors"]![0]!;
    }

    private async Task<AudioBuffer> DownloadAsync(JsonNode asset)
    {
        using var response = await _api.GetAsync(asset["url"]!.GetValue<string>());
        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode} for {asset["fileName"]}");
        return await AudioClips.DecodeAsync(await response.Content.ReadAsByteArrayAsync(), Path.GetExtension(asset["fileName"]!.GetValue<string>()).TrimStart('.'));
    }

    [Fact]
    public async Task AnalyzeMusic_FindsTempoKeyChords_AndTheRowIsTheOwnersOnly()
    {
        var song = await AudioClips.RenderAsync(AudioClips.Song(bpm: 120, passes: 3));
        var asset = await UploadAsync(song, AudioFileFormat.Mp3, "song");

        var job = await RunAsync("analyzeMusic", new { projectId = _project, audioAssetId = asset });

        var analysis = job["result"]!;
        Assert.Equal("AudioAnalysis", analysis["__typename"]!.GetValue<string>());
        Assert.InRange(analysis["bpm"]!.GetValue<double>(), 115.2, 124.8);
        Assert.Equal("A:min", analysis["key"]!["notation"]!.GetValue<string>());
        Assert.Equal("MINOR", analysis["key"]!["mode"]!.GetValue<string>());
        Assert.Equal("4/4", analysis["timeSignature"]!["notation"]!.GetValue<string>());
        var chords = analysis["chordProgression"]!.AsArray().Select(c => c!["chord"]!.GetValue<string>()).ToList();
        Assert.Subset(chords.ToHashSet(), new HashSet<string> { "Am", "Dm", "E" });
        Assert.NotEmpty(analysis["sections"]!.AsArray());
        Assert.True(analysis["energyCurve"]!.AsArray().Count > 10);
        var measured = LoudnessMeter.IntegratedLufs(song);
        Assert.InRange(analysis["loudnessLufs"]!.GetValue<double>(), measured - 1, measured + 1);
        Assert.Equal(asset, analysis["asset"]!["id"]!.GetValue<string>());
        Assert.Equal("ANALYZE", job["parameters"]!["mode"]!.GetValue<string>());

        // The same row through audioAnalysis(audioAssetId), Asset.audioAnalysis and node(id); the upload now knows its loudness.
        var id = analysis["id"]!.GetValue<string>();
        var read = await _client.DataAsync("""
            query($asset: ID!, $id: ID!) { audioAnalysis(audioAssetId: $asset) { id } asset(id: $asset) { audioAnalysis { id } metadata { ... on AudioMetadata { loudnessLufs } } }
              node(id: $id) { ... on AudioAnalysis { bpm } } }
            """, new { asset, id });
        Assert.Equal(id, read["audioAnalysis"]!["id"]!.GetValue<string>());
        Assert.Equal(id, read["asset"]!["audioAnalysis"]!["id"]!.GetValue<string>());
        Assert.NotNull(read["asset"]!["metadata"]!["loudnessLufs"]);
        Assert.Equal(analysis["bpm"]!.GetValue<double>(), read["node"]!["bpm"]!.GetValue<double>());

        var stranger = GraphQLClient.AsUser(_api.Factory, Guid.NewGuid());
        var theirs = await stranger.DataAsync("query($asset: ID!, $id: ID!) { audioAnalysis(audioAssetId: $asset) { id } node(id: $id) { id } }", new { asset, id });
        Assert.Null(theirs["audioAnalysis"]);
        Assert.Null(theirs["node"]);
    }

    [Fact]
    public async Task SeparateStems_WritesFourStemAssetsThatSumBackToTheMix()
    {
        var mix = await AudioClips.RenderAsync(AudioClips.Song(bpm: 100, passes: 1, lead: true));
        var asset = await UploadAsync(mix, AudioFileFormat.Flac, "mix");

        var job = await RunAsync("separateStems", new { projectId = _project, sourceAssetId = asset, outputFormat = "FLAC" });

        var group = job["result"]!;
        Assert.Equal("StemGroup", group["__typename"]!.GetValue<string>());
        Assert.Equal(["VOCAL", "DRUMS", "BASS", "OTHER"], group["stems"]!.AsArray().Select(s => s!["type"]!.GetValue<string>()));
        Assert.Equal(group["stems"]![0]!["asset"]!["id"]!.GetValue<string>(), group["vocal"]!["id"]!.GetValue<string>());
        var outputs = job["outputs"]!.AsArray();
        Assert.Equal(["VOCAL", "DRUMS", "BASS", "OTHER"], outputs.Select(o => o!["metadata"]!["stemType"]!.GetValue<string>()));
        Assert.All(outputs, o => Assert.Equal(asset, o!["derivedFrom"]!["id"]!.GetValue<string>()));

        var stems = await Task.WhenAll(outputs.Select(o => DownloadAsync(o!)));
        double error = 0, energy = 0;
        for (var c = 0; c < mix.ChannelCount; c++)
        {
            for (var i = 0; i < mix.Length; i++)
            {
                var sum = stems.Sum(s => (double)s.Channels[c][i]);
                error += (sum - mix.Channels[c][i]) * (sum - mix.Channels[c][i]);
                energy += (double)mix.Channels[c][i] * mix.Channels[c][i];
            }
        }
        Assert.True(10 * Math.Log10(error / energy) < -60, $"stems sum back within {10 * Math.Log10(error / energy):0.0} dB");
        Assert.True(stems.All(s => s.Peak() > 0.001), "every stem carries sound");

        var listed = await _client.DataAsync("query($id: ID!) { asset(id: $id) { stemGroups { id stems { type } } } }", new { id = asset });
        Assert.Equal(group["id"]!.GetValue<string>(), listed["asset"]!["stemGroups"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task GenerateMusic_ThenAnalyze_FindsTheRequestedTempoAndKey()
    {
        var job = await RunAsync("generateMusic", new
        {
            projectId = _project, prompt = "calm lofi beat for studying", durationSeconds = 20, bpm = 84, key = "D:min", seed = 5, instrumental = true,
        });

        var outputs = job["outputs"]!.AsArray();
        Assert.Equal(["audio/wav", "audio/midi"], outputs.Select(o => o!["mimeType"]!.GetValue<string>()));
        var audio = outputs[0]!;
        Assert.InRange(audio["metadata"]!["duration"]!.GetValue<double>(), 19.5, 20.5);
        Assert.Equal("composer", audio["metadata"]!["provider"]!.GetValue<string>());

        var analysis = (await RunAsync("analyzeMusic", new { projectId = _project, audioAssetId = audio["id"]!.GetValue<string>() }))["result"]!;
        var bpm = analysis["bpm"]!.GetValue<double>();
        Assert.True(new[] { 84.0, 168, 42 }.Any(t => Math.Abs(bpm - t) / t <= 0.04), $"bpm {bpm}");
        Assert.Equal("D:min", analysis["key"]!["notation"]!.GetValue<string>());
    }

    [Fact]
    public async Task GenerateTab_WritesTextAndMusicXmlTabsFromTheAudio()
    {
        var song = await AudioClips.RenderAsync(AudioClips.Song(bpm: 90, passes: 1, drums: false, bass: false, chords: false, lead: true));
        var asset = await UploadAsync(song, AudioFileFormat.Wav, "lead");

        var text = (await RunAsync("generateTab", new { projectId = _project, audioAssetId = asset, instrument = "GUITAR" }))["result"]!;
        Assert.Equal("TabRecord", text["__typename"]!.GetValue<string>());
        Assert.Equal("TEXT", text["format"]!.GetValue<string>());
        var content = text["content"]!.GetValue<string>();
        Assert.Contains("e|", content);
        Assert.Contains("E|", content);
        // A solo melody: two notes a bar for four bars (E5 C5 | D5 A4 | B4 G#4 | E5 C5).
        var noteCount = text["metadata"]!["noteCount"]!.GetValue<int>();
        Assert.True(noteCount == 8, $"{noteCount} melody notes\n{content}");

        var xml = (await RunAsync("generateTab", new { projectId = _project, audioAssetId = asset, instrument = "UKULELE", format = "MUSICXML", difficulty = "EASY" }))["result"]!;
        var document = System.Xml.Linq.XDocument.Parse(xml["content"]!.GetValue<string>());
        Assert.Equal("score-partwise", document.Root!.Name.LocalName);
        Assert.Contains(document.Descendants(), e => e.Name.LocalName == "fret");

        var tabs = await _client.DataAsync("query($id: ID!) { tabs(audioAssetId: $id, instrument: UKULELE) { id format } asset(id: $id) { tabs { id } } }", new { id = asset });
        Assert.Single(tabs["tabs"]!.AsArray());
        Assert.Equal(2, tabs["asset"]!["tabs"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("PODCAST", -16.0)]
    [InlineData("BROADCAST", -23.0)]
    public async Task RemasterAudio_NormalizesADynamicClipToTheTargetUnderTheTruePeakCeiling(string preset, double target)
    {
        var asset = await UploadAsync(AudioClips.Dynamic(), AudioFileFormat.Wav, "dynamic");

        var job = await RunAsync("remasterAudio", new
        {
            projectId = _project, audioAssetId = asset,
            operations = new object[] { new { noiseReduction = new { strength = 0.3 } }, new { normalize = new { preset } } },
        });

        var output = job["outputs"]![0]!;
        Assert.Equal(asset, output["derivedFrom"]!["id"]!.GetValue<string>());
        var audio = await DownloadAsync(output);
        var loudness = LoudnessMeter.Measure(audio);
        Assert.InRange(loudness.IntegratedLufs, target - 0.5, target + 0.5);
        Assert.True(loudness.TruePeakDbtp <= -0.9, $"true peak {loudness.TruePeakDbtp:0.00} dBTP");
        Assert.Equal(target, output["metadata"]!["loudnessLufs"]!.GetValue<double>(), 0.5);
        Assert.Equal(["NOISE_REDUCTION", "NORMALIZE"], job["parameters"]!["operations"]!.AsArray().Select(o => o!["type"]!.GetValue<string>()));
    }

    [Fact]
    public async Task EditPodcast_JoinsWithCrossfade_WritesChaptersAndTagsIntoAnMp3()
    {
        var rate = 44100;
        AudioBuffer Tone(double frequency, double seconds) => new(rate, [Enumerable.Range(0, (int)(seconds * rate)).Select(i => (float)(0.3 * Math.Sin(2 * Math.PI * frequency * i / rate))).ToArray()]);
        var intro = await UploadAsync(Tone(330, 4), AudioFileFormat.Wav, "intro");
        var talk = await UploadAsync(Tone(220, 6), AudioFileFormat.Wav, "talk");

        var job = await RunAsync("editPodcast", new
        {
            projectId = _project, sourceAssetIds = new[] { intro, talk }, outputFormat = "MP3",
            operations = new object[] { new { join = new { crossfadeMs = 1000 } }, new { fade = new { inSeconds = 0.5, outSeconds = 0.5 } } },
            chapters = new object[] { new { startSeconds = 0.0, title = "Intro" }, new { startSeconds = 3.0, title = "Talk" } },
            tags = new object[] { new { key = "title", value = "Episode 1" }, new { key = "artist", value = "MediaCreator" } },
        });

        var output = job["outputs"]![0]!;
        Assert.Equal("audio/mpeg", output["mimeType"]!.GetValue<string>());
        Assert.InRange(output["metadata"]!["duration"]!.GetValue<double>(), 8.9, 9.1); // 4 + 6 - 1 s of crossfade
        using var response = await _api.GetAsync(output["url"]!.GetValue<string>());
        var path = Path.Combine(Path.GetTempPath(), $"episode-{Guid.NewGuid():N}.mp3");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        try
        {
            var probe = await FFMpegCore.FFProbe.AnalyseAsync(path);
            Assert.Equal("Episode 1", probe.Format.Tags!["title"]);
            Assert.Equal(["Intro", "Talk"], probe.Chapters.Select(c => c.Title));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task BadInput_GetsTypedErrors()
    {
        var image = (await _api.UploadAsync(_owner, _project, "pic.png", "image/png", MediaFiles.Png()))["asset"]!["id"]!.GetValue<string>();
        var sound = await UploadAsync(AudioClips.Dynamic(2), AudioFileFormat.Wav, "short");

        Assert.Equal("UnsupportedMediaError", (await ErrorsOfAsync("analyzeMusic", new { projectId = _project, audioAssetId = image }))["__typename"]!.GetValue<string>());
        Assert.Equal("NotFoundError", (await ErrorsOfAsync("separateStems", new { projectId = _project, sourceAssetId = "QXNzZXQ6bm9wZQ==" }))["__typename"]!.GetValue<string>());
        var key = await ErrorsOfAsync("generateMusic", new { projectId = _project, prompt = "x", key = "H minor" });
        Assert.Equal(("input.key", "INVALID_FORMAT"), (key["field"]!.GetValue<string>(), key["code"]!.GetValue<string>()));
        var filler = await ErrorsOfAsync("editPodcast", new { projectId = _project, sourceAssetIds = new[] { sound }, operations = new object[] { new { clean = new { removeFillerWords = true } } } });
        Assert.Equal("UNSUPPORTED", filler["code"]!.GetValue<string>());
        var provider = await ErrorsOfAsync("separateStems", new { projectId = _project, sourceAssetId = sound, provider = "nope" });
        Assert.Equal("ProviderUnavailableError", provider["__typename"]!.GetValue<string>());

        // A one-of operation with two members is a GraphQL validation error, not a 500.
        var both = await _api.QueryAsync(_owner, "mutation($input: RemasterAudioInput!) { remasterAudio(input: $input) { job { id } } }",
            new { input = new { projectId = _project, audioAssetId = sound, operations = new object[] { new { cut = new { startSeconds = 0, endSeconds = 1 }, trim = new { startSeconds = 0, endSeconds = 1 } } } } });
        Assert.NotNull(both["errors"]);

        // Out-of-range edits fail the job with the engine's code and the reason.
        var failed = await RunAsync("remasterAudio", new { projectId = _project, audioAssetId = sound, operations = new object[] { new { trim = new { startSeconds = 5.0, endSeconds = 9.0 } } } }, "FAILED");
        Assert.Equal("INVALID_INPUT", failed["failure"]!["code"]!.GetValue<string>());
        Assert.Empty(failed["outputs"]!.AsArray());
    }

    [Fact]
    public async Task CreateJob_AudioSpec_RunsTheSameTask()
    {
        var sound = await UploadAsync(AudioClips.Dynamic(4), AudioFileFormat.Wav, "spec");
        var data = await _client.DataAsync("""
            mutation($input: CreateJobInput!) { createJob(input: $input) { job { id taskName parameters { ... on AudioJobParameters { mode sourceAssets { id } } } } errors { __typename } } }
            """, new { input = new { projectId = _project, spec = new { audio = new { mode = "REMASTER", sourceAssetIds = new[] { sound }, operations = new object[] { new { normalize = new { targetLufs = -20.0 } } } } } } });
        var job = data["createJob"]!["job"]!;
        Assert.Equal("audio.remaster", job["taskName"]!.GetValue<string>());
        Assert.Equal(sound, job["parameters"]!["sourceAssets"]![0]!["id"]!.GetValue<string>());
        await JobWaits.UntilAsync(_client, job["id"]!.GetValue<string>(), "COMPLETED", TimeSpan.FromSeconds(60));
    }
}
