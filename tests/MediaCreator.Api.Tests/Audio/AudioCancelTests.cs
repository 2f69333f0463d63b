using System.Diagnostics;
using MediaCreator.Api.Tests.Infrastructure;
using MediaCreator.Api.Tests.Jobs;
using MediaCreator.Api.Tests.Storage;

namespace MediaCreator.Api.Tests.Audio;

/// <summary><c>cancelJob</c> on a job whose ffmpeg is running kills that ffmpeg process.</summary>
public sealed class AudioCancelTests : IAsyncLifetime
{
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

    [Fact]
    public async Task CancelJob_KillsTheRunningFfmpeg()
    {
        // 40 minutes of low-rate MP3: small to upload, seconds to decode.
        var path = Path.Combine(Path.GetTempPath(), $"long-{Guid.NewGuid():N}.mp3");
        await RunAsync("ffmpeg", $"-hide_banner -loglevel error -f lavfi -i sine=frequency=300:sample_rate=8000:duration=2400 -ac 1 -b:a 16k {path}");
        byte[] bytes;
        try { bytes = await File.ReadAllBytesAsync(path); } finally { File.Delete(path); }
        var asset = (await _api.UploadAsync(_owner, _project, "long.mp3", "audio/mpeg", bytes))["asset"]!["id"]!.GetValue<string>();
        var known = FfmpegChildren().ToHashSet();

        var data = await _client.DataAsync("""
            mutation($input: RemasterAudioInput!) { remasterAudio(input: $input) { job { id } errors { __typename } } }
            """, new { input = new { projectId = _project, audioAssetId = asset, operations = new object[] { new { normalize = new { targetLufs = -16.0 } } } } });
        var id = data["remasterAudio"]!["job"]!["id"]!.GetValue<string>();

        // Catch the job's decoder and freeze it, so it is certainly still running when the job is cancelled.
        int pid = 0;
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (pid == 0 && DateTime.UtcNow < deadline)
        {
            pid = FfmpegChildren().FirstOrDefault(p => !known.Contains(p) && CommandLine(p).Contains("pcm_f32le", StringComparison.Ordinal));
            if (pid == 0) await Task.Delay(2);
        }
        Assert.True(pid != 0, "the job's ffmpeg decoder was never seen running");
        await RunAsync("kill", $"-STOP {pid}");

        var cancelled = await _client.DataAsync("mutation($id: ID!) { cancelJob(input: { jobId: $id }) { job { status } } }", new { id });
        Assert.Equal("CANCELLED", cancelled["cancelJob"]!["job"]!["status"]!.GetValue<string>());

        var gone = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (Alive(pid) && DateTime.UtcNow < gone) await Task.Delay(50);
        Assert.False(Alive(pid), $"ffmpeg {pid} still runs after cancelJob");
        var job = await JobWaits.UntilAsync(_client, id, "CANCELLED");
        Assert.Equal("CANCELLED", job["status"]!.GetValue<string>());
        var outputs = await _client.DataAsync("query($id: ID!) { job(id: $id) { outputs { id } } }", new { id });
        Assert.Empty(outputs["job"]!["outputs"]!.AsArray());
    }

    /// <summary>ffmpeg processes whose parent is this test process (the API and its worker run in it).</summary>
    private static IEnumerable<int> FfmpegChildren()
    {
        var self = Environment.ProcessId;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
            string stat;
            try { stat = File.ReadAllText(Path.Combine(dir, "stat")); } catch (IOException) { continue; } catch (UnauthorizedAccessException) { continue; }
            var close = stat.LastIndexOf(')');
            var name = stat[(stat.IndexOf('(') + 1)..close];
            var fields = stat[(close + 2)..].Split(' ');
            if (name == "ffmpeg" && fields.Length > 1 && int.Parse(fields[1]) == self) yield return pid;
        }
    }

    private static string CommandLine(int pid)
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Replace('\0', ' '); } catch (IOException) { return ""; }
    }

    /// <summary>Still a process (a zombie that was never reaped counts as alive: nobody waited for it).</summary>
    private static bool Alive(int pid) => Directory.Exists($"/proc/{pid}");

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true, UseShellExecute = false })!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} {arguments}: {error}");
    }
}
