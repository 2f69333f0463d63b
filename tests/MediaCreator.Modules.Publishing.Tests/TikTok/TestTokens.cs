using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Tests.TikTok;

/// <summary>A token source that hands out "old" until refreshed, then the next token; counts refreshes.</summary>
internal sealed class TestTokens(string current = "old", string? refreshed = "new") : IPlatformTokenSource
{
    private string _current = current;

    public int Refreshes { get; private set; }

    public Task<string> GetAccessTokenAsync(CancellationToken ct) => Task.FromResult(_current);

    public Task<string> RefreshAsync(CancellationToken ct)
    {
        Refreshes++;
        if (refreshed is null) throw new PublishingException(PublishingErrorCodes.AuthExpired, "refresh token revoked");
        _current = refreshed;
        return Task.FromResult(_current);
    }
}

/// <summary>Collects progress reports synchronously (Progress&lt;T&gt; would post them to the thread pool).</summary>
internal sealed class RecordingProgress : IProgress<double>
{
    public List<double> Values { get; } = [];

    public void Report(double value)
    {
        lock (Values) Values.Add(value);
    }
}

internal static class TestFiles
{
    /// <summary>A file of printable bytes (so request bodies read as text in the fake's log).</summary>
    public static string Create(int size)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("publish-test-").FullName, "video.mp4");
        var bytes = new byte[size];
        for (var i = 0; i < size; i++) bytes[i] = (byte)('a' + i % 26);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
