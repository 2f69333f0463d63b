using System.Diagnostics;
using System.Text.Json;

namespace MediaCreator.Api.Tests.Transport.Host;

/// <summary>Runs the Node protocol clients in tests/protocol, installing them with <c>npm ci</c> once if needed.</summary>
internal static class NodeScripts
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);
    private static bool _installed;

    public static string ProtocolDirectory { get; } = FindProtocolDirectory();

    public static async Task<ScriptRun> RunAsync(string script, params string[] arguments)
    {
        await EnsureInstalledAsync();
        var (exitCode, stdout, stderr) = await ExecAsync("node", [script, .. arguments], TimeSpan.FromMinutes(2));
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.StartsWith('{'))
            .Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .ToList();
        return new ScriptRun(exitCode, lines, stdout, stderr);
    }

    private static async Task EnsureInstalledAsync()
    {
        await InstallGate.WaitAsync();
        try
        {
            if (_installed || Directory.Exists(Path.Combine(ProtocolDirectory, "node_modules", "graphql-http")))
            {
                _installed = true;
                return;
            }
            var (exitCode, stdout, stderr) = await ExecAsync("npm", ["ci", "--no-audit", "--no-fund"], TimeSpan.FromMinutes(5));
            if (exitCode != 0)
                throw new InvalidOperationException($"npm ci failed ({exitCode}):\n{stdout}\n{stderr}");
            _installed = true;
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> ExecAsync(string file, string[] arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = ProtocolDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', arguments)} did not finish within {timeout}.");
        }
        return (process.ExitCode, await stdout, await stderr);
    }

    private static string FindProtocolDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "protocol");
            if (File.Exists(Path.Combine(candidate, "package.json")))
                return candidate;
        }
        throw new DirectoryNotFoundException("tests/protocol not found above " + AppContext.BaseDirectory);
    }
}

internal sealed record ScriptRun(int ExitCode, List<JsonElement> Lines, string Stdout, string Stderr)
{
    public IEnumerable<JsonElement> OfKind(string kind) => Lines.Where(l => l.GetProperty("kind").GetString() == kind);

    public JsonElement Summary => OfKind("summary").Single();

    public override string ToString() => $"exit {ExitCode}\n{Stdout}\n{Stderr}";
}
