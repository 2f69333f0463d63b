using MediaCreator.Modules.Image.Abstractions;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Image.Tests.Providers;

/// <summary>The shared HTTP behaviour, checked on each provider's real first endpoint.</summary>
public sealed class ProviderFailureTests
{
    private static readonly ImageGenerateRequest Request64 = new("a red and blue flag", null, 64, 48, Seed: 42);

    [Theory]
    [MemberData(nameof(ProviderCase.Keys), MemberType = typeof(ProviderCase))]
    public async Task RateLimitedOnce_IsRetried_AndThenSucceeds(string key)
    {
        var c = ProviderCase.For(key);
        using var host = c.Host();
        First(host, c).InScenario("rate").WillSetStateTo("open")
            .RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "0")
                .WithHeader("Content-Type", "application/json").WithBody("""{"detail":"Too many active tasks"}"""));
        First(host, c).InScenario("rate").WhenStateIs("open")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(c.FirstAnswer(host)));
        c.StubRest(host);

        using var result = await host.Provider(key).GenerateAsync(Request64, CancellationToken.None);

        Assert.Equal((64, 48), (result.Bitmap.Width, result.Bitmap.Height));
        TestPngs.AssertRedLeftBlueRight(result.Bitmap);
        Assert.Equal(2, host.Server.To(c.FirstPath).Count);
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Keys), MemberType = typeof(ProviderCase))]
    public async Task Credentials_NeverReachTheLogs_EvenAtTraceLevel(string key)
    {
        var c = ProviderCase.For(key);
        var logs = new CapturedLogs();
        using var host = c.Host(new Dictionary<string, string?> { ["Username"] = "artist", ["Password"] = ProviderTestHost.ApiKey }, logs);
        First(host, c).InScenario("rate").WillSetStateTo("open").RespondWith(Response.Create().WithStatusCode(503));
        First(host, c).InScenario("rate").WhenStateIs("open")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(c.FirstAnswer(host)));
        c.StubRest(host);

        using var result = await host.Provider(key).GenerateAsync(Request64, CancellationToken.None);

        Assert.Contains(logs.Lines, line => line.Contains("retrying", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains("Request Headers", StringComparison.Ordinal));
        Assert.Contains(logs.Lines, line => line.Contains(c.FirstPath, StringComparison.Ordinal));
        var basic = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"artist:{ProviderTestHost.ApiKey}"));
        Assert.DoesNotContain(logs.Lines, line => line.Contains(ProviderTestHost.ApiKey, StringComparison.Ordinal) || line.Contains(basic, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Keys), MemberType = typeof(ProviderCase))]
    public async Task RateLimitedThroughout_IsRateLimited_RetryableByTheJobEngine(string key)
    {
        var c = ProviderCase.For(key);
        using var host = c.Host();
        First(host, c).RespondWith(Response.Create().WithStatusCode(429));

        var error = await Fails(host, key);

        Assert.Equal(ImageProviderErrorCodes.RateLimited, error.Code);
        Assert.True(error.Retryable);
        Assert.Equal(3, host.Server.To(c.FirstPath).Count);
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Keys), MemberType = typeof(ProviderCase))]
    public async Task RetryAfterLongerThanWeWait_EndsOurRetriesAtOnce(string key)
    {
        var c = ProviderCase.For(key);
        using var host = c.Host(new Dictionary<string, string?> { ["MaxRetryAfter"] = "00:00:01" });
        First(host, c).RespondWith(Response.Create().WithStatusCode(429).WithHeader("Retry-After", "120"));

        var error = await Fails(host, key);

        Assert.Equal(ImageProviderErrorCodes.RateLimited, error.Code);
        Assert.True(error.Retryable);
        Assert.Single(host.Server.To(c.FirstPath));
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Keys), MemberType = typeof(ProviderCase))]
    public async Task ServerErrorsUntilRetriesRunOut_AreUnavailable(string key)
    {
        var c = ProviderCase.For(key);
        using var host = c.Host();
        First(host, c).RespondWith(Response.Create().WithStatusCode(503).WithHeader("Content-Type", "application/json")
            .WithBody("""{"error":"OutOfMemoryError","detail":"","body":"","errors":"CUDA out of memory"}"""));

        var error = await Fails(host, key);

        Assert.Equal(ImageProviderErrorCodes.Unavailable, error.Code);
        Assert.True(error.Retryable);
        Assert.Contains("503", error.Message);
        Assert.Equal(3, host.Server.To(c.FirstPath).Count);
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Keys), MemberType = typeof(ProviderCase))]
    public async Task ResetConnections_AreRetried_ThenUnavailable(string key)
    {
        using var dropping = new DroppingServer();
        var c = ProviderCase.For(key);
        using var host = c.Host(new Dictionary<string, string?> { ["BaseUrl"] = dropping.Url });

        var error = await Fails(host, key);

        Assert.Equal(ImageProviderErrorCodes.Unavailable, error.Code);
        Assert.True(error.Retryable);
        Assert.IsType<HttpRequestException>(error.InnerException);
        Assert.Equal(3, dropping.Dropped);
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Keys), MemberType = typeof(ProviderCase))]
    public async Task SlowAnswer_IsTimeout_NotRetried(string key)
    {
        var c = ProviderCase.For(key);
        using var host = c.Host(new Dictionary<string, string?> { ["Timeout"] = "00:00:00.150" });
        // A retry would get the quick success of the second state; the timeout must surface instead.
        First(host, c).InScenario("slow").WillSetStateTo("fast").RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(1))
            .WithHeader("Content-Type", "application/json").WithBody(c.FirstAnswer(host)));
        First(host, c).InScenario("slow").WhenStateIs("fast")
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(c.FirstAnswer(host)));
        c.StubRest(host);

        var error = await Fails(host, key);

        Assert.Equal(ImageProviderErrorCodes.Timeout, error.Code);
        Assert.False(error.Retryable);
    }

    [Fact]
    public async Task CallerCancellation_IsACancellation_NotATimeout()
    {
        var c = ProviderCase.OpenAi;
        using var host = c.Host();
        First(host, c).RespondWith(Response.Create().WithDelay(TimeSpan.FromSeconds(1)).WithBody(c.FirstAnswer(host)));
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.Provider(c.Key).GenerateAsync(Request64, cancel.Token));
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Keys), MemberType = typeof(ProviderCase))]
    public async Task MalformedBody_IsProviderError(string key)
    {
        var c = ProviderCase.For(key);
        using var host = c.Host();
        First(host, c).RespondWith(Response.Create().WithHeader("Content-Type", "text/html").WithBody("<html>Bad gateway page</html>"));

        var error = await Fails(host, key);

        Assert.Equal(ImageProviderErrorCodes.ProviderError, error.Code);
        Assert.False(error.Retryable);
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Keys), MemberType = typeof(ProviderCase))]
    public async Task JsonWithoutAnImage_IsProviderError(string key)
    {
        var c = ProviderCase.For(key);
        using var host = c.Host();
        First(host, c).RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody("""{"images":[],"data":[]}"""));

        var error = await Fails(host, key);

        Assert.Equal(ImageProviderErrorCodes.ProviderError, error.Code);
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Keys), MemberType = typeof(ProviderCase))]
    public async Task ValidationError_IsProviderError_WithTheServicesMessage(string key)
    {
        var c = ProviderCase.For(key);
        using var host = c.Host();
        First(host, c).RespondWith(Response.Create().WithStatusCode(422).WithHeader("Content-Type", "application/json")
            .WithBody("""{"detail":[{"loc":["body","width"],"msg":"Input should be a multiple of 32","type":"value_error"}]}"""));

        var error = await Fails(host, key);

        Assert.Equal(ImageProviderErrorCodes.ProviderError, error.Code);
        Assert.Contains("body.width: Input should be a multiple of 32", error.Message);
        Assert.Single(host.Server.To(c.FirstPath));
    }

    [Theory]
    [MemberData(nameof(ProviderCase.Keys), MemberType = typeof(ProviderCase))]
    public async Task MissingBaseUrl_IsNotConfigured_WithoutAnyCall(string key)
    {
        var c = ProviderCase.For(key);
        using var host = c.Host(new Dictionary<string, string?> { ["BaseUrl"] = "" });

        var error = await Fails(host, key);

        Assert.Equal(ImageProviderErrorCodes.NotConfigured, error.Code);
        Assert.Contains($"{c.Section}:BaseUrl", error.Message);
        Assert.Empty(host.Server.Requests());
    }

    [Theory]
    [MemberData(nameof(ProviderCase.KeyedProviders), MemberType = typeof(ProviderCase))]
    public async Task MissingApiKey_IsNotConfigured(string key)
    {
        var c = ProviderCase.For(key);
        using var host = c.Host(new Dictionary<string, string?> { ["ApiKey"] = null });

        var error = await Fails(host, key);

        Assert.Equal(ImageProviderErrorCodes.NotConfigured, error.Code);
        Assert.Contains($"{c.Section}:ApiKey", error.Message);
        Assert.Empty(host.Server.Requests());
    }

    private static WireMock.Server.IRespondWithAProvider First(ProviderTestHost host, ProviderCase c) =>
        host.Server.Given(Request.Create().WithPath(c.FirstPath).UsingPost());

    private static Task<ImageProviderException> Fails(ProviderTestHost host, string key) =>
        Assert.ThrowsAsync<ImageProviderException>(() => host.Provider(key).GenerateAsync(Request64, CancellationToken.None));
}
