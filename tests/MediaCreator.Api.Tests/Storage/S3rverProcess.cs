using System.Diagnostics;
using System.Text.Json;
using MediaCreator.Api.Tests.Infrastructure;

namespace MediaCreator.Api.Tests.Storage;

/// <summary>s3rver from tests/storage on a free loopback port (installed with <c>npm ci</c> once when missing).</summary>
public sealed class S3rverProcess : IAsyncLifetime
{
    public const string Bucket = "mediacreator-test";
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static readonly string PackageDirectory = Path.Combine(RepoPaths.Root, "tests", "storage");
    private Process? _process;
    private string _directory = null!;

    public string ServiceUrl { get; private set; } = null!;

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Storage:Provider"] = "S3",
        ["Storage:S3:ServiceUrl"] = ServiceUrl,
        ["Storage:S3:Bucket"] = Bucket,
        ["Storage:S3:AccessKey"] = "S3RVER",
        ["Storage:S3:SecretKey"] = "S3RVER",
    };

    public async Task InitializeAsync()
    {
        await EnsureInstalledAsync();
        _directory = Directory.CreateTempSubdirectory("mediacreator-s3rver-").FullName;
        var start = new ProcessStartInfo("node", ["s3rver.mjs", _directory, Bucket])
        {
            WorkingDirectory = PackageDirectory, RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        _process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await _process.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException("s3rver exited: " + await _process.StandardError.ReadToEndAsync());
        ServiceUrl = $"http://127.0.0.1:{JsonDocument.Parse(line).RootElement.GetProperty("port").GetInt32()}";
    }

    public async Task DisposeAsync()
    {
        if (_process is not null)
        {
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
            _process.Dispose();
        }
        Directory.Delete(_directory, recursive: true);
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (Directory.Exists(Path.Combine(PackageDirectory, "node_modules", "s3rver"))) return;
            var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"])
            {
                WorkingDirectory = PackageDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            using var npm = Process.Start(start)!;
            var stdout = npm.StandardOutput.ReadToEndAsync();
            var stderr = npm.StandardError.ReadToEndAsync();
            await npm.WaitForExitAsync();
            if (npm.ExitCode != 0) throw new InvalidOperationException($"npm ci failed in tests/storage:\n{await stdout}\n{await stderr}");
        }
        finally
        {
            InstallGate.Release();
        }
    }
}
