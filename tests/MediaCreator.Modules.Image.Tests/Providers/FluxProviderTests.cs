using System.Text.Json;
using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Image.Tests.Providers;

public sealed class FluxProviderTests
{
    private const string Section = "Image:Providers:Flux";

    [Fact]
    public async Task Generate_SubmitsPollsUntilReady_AndDownloadsTheSignedSample()
    {
        using var host = ProviderTestHost.Create(Section);
        var url = host.Server.Url!;
        Json(host, Request.Create().WithPath("/v1/flux-pro-1.1").UsingPost(), new { id = "task-1", polling_url = $"{url}/v1/get_result?id=task-1" });
        // Poll 1 and 2: Pending; poll 3: Ready (WireMock scenario states).
        Poll(host).InScenario("task").WillSetStateTo("pending-2")
            .RespondWith(JsonResponse(new { id = "task-1", status = "Pending", result = (object?)null, progress = 0.1 }));
        Poll(host).InScenario("task").WhenStateIs("pending-2").WillSetStateTo("ready")
            .RespondWith(JsonResponse(new { id = "task-1", status = "Pending", result = (object?)null, progress = 0.6 }));
        Poll(host).InScenario("task").WhenStateIs("ready")
            .RespondWith(JsonResponse(new { id = "task-1", status = "Ready", result = new { sample = $"{url}/delivery/abc/sample.png?se=2025&sig=xyz", prompt = "p", seed = 123456 } }));
        host.Server.Given(Request.Create().WithPath("/delivery/abc/sample.png").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "image/png").WithBody(TestPngs.HalvesPng(384, 256)));

        using var result = await host.Provider("flux").GenerateAsync(
            new ImageGenerateRequest("a flag", "poster", 300, 200, Seed: -1), CancellationToken.None);

        Assert.Equal((300, 200), (result.Bitmap.Width, result.Bitmap.Height));
        TestPngs.AssertRedLeftBlueRight(result.Bitmap);
        Assert.Equal(123456, result.Seed);

        var sequence = host.Server.Requests().Select(e => $"{e.RequestMessage!.Method} {e.RequestMessage!.Path}").ToList();
        Assert.Equal(["POST /v1/flux-pro-1.1", "GET /v1/get_result", "GET /v1/get_result", "GET /v1/get_result", "GET /delivery/abc/sample.png"], sequence);
        var requests = host.Server.Requests();
        var submit = requests[0];
        Assert.Equal(ProviderTestHost.ApiKey, submit.Header("x-key"));
        Assert.Null(submit.Header("Authorization"));
        var body = submit.Json();
        Assert.Equal("a flag, in poster style", body.GetProperty("prompt").GetString());
        Assert.Equal(384, body.GetProperty("width").GetInt32());
        Assert.Equal(256, body.GetProperty("height").GetInt32());
        Assert.Equal(uint.MaxValue, body.GetProperty("seed").GetInt64());
        Assert.Equal("png", body.GetProperty("output_format").GetString());
        Assert.Equal(2, body.GetProperty("safety_tolerance").GetInt32());
        Assert.All(requests.Skip(1).Take(3), poll =>
        {
            Assert.Equal(ProviderTestHost.ApiKey, poll.Header("x-key"));
            Assert.Equal("task-1", poll.RequestMessage!.Query!["id"].Single());
        });
        Assert.Null(requests[4].Header("x-key"));
    }

    [Fact]
    public async Task WithoutPollingUrl_PollsGetResultById()
    {
        using var host = ProviderTestHost.Create(Section);
        Json(host, Request.Create().WithPath("/v1/flux-pro-1.1").UsingPost(), new { id = "task-9" });
        Poll(host).RespondWith(JsonResponse(new { id = "task-9", status = "Ready", result = new { sample = $"{host.Server.Url}/s.png" } }));
        host.Server.Given(Request.Create().WithPath("/s.png").UsingGet()).RespondWith(Response.Create().WithBody(TestPngs.HalvesPng(256, 256)));

        using var result = await host.Provider("flux").GenerateAsync(new ImageGenerateRequest("x", null, 256, 256, 5), CancellationToken.None);

        Assert.Equal(5, result.Seed);
        Assert.Equal("task-9", Assert.Single(host.Server.To("/v1/get_result")).RequestMessage!.Query!["id"].Single());
    }

    [Fact]
    public async Task APollingUrlOnAnotherHost_DoesNotGetTheKey()
    {
        using var host = ProviderTestHost.Create(Section);
        var foreign = host.Server.Url!.Replace("localhost", "127.0.0.1", StringComparison.Ordinal);
        Assert.NotEqual(foreign, host.Server.Url);
        Json(host, Request.Create().WithPath("/v1/flux-pro-1.1").UsingPost(), new { id = "t", polling_url = $"{foreign}/v1/get_result?id=t" });
        Poll(host).RespondWith(JsonResponse(new { id = "t", status = "Ready", result = new { sample = $"{foreign}/s.png" } }));
        host.Server.Given(Request.Create().WithPath("/s.png").UsingGet()).RespondWith(Response.Create().WithBody(TestPngs.HalvesPng(256, 256)));

        using var result = await host.Provider("flux").GenerateAsync(new ImageGenerateRequest("x", null, 256, 256, 5), CancellationToken.None);

        Assert.Null(Assert.Single(host.Server.To("/v1/get_result")).Header("x-key"));
    }

    [Theory]
    [InlineData("Request Moderated")]
    [InlineData("Content Moderated")]
    public async Task ModeratedTask_IsContentPolicy(string status)
    {
        using var host = Submitted();
        Poll(host).RespondWith(JsonResponse(new { id = "task-1", status, result = (object?)null, details = new { moderation_reasons = new[] { "Derivative Works Filter" } } }));

        var error = await Fails(host);

        Assert.Equal(ImageProviderErrorCodes.ContentPolicy, error.Code);
        Assert.False(error.Retryable);
        Assert.Contains(status, error.Message);
        Assert.Contains("Derivative Works Filter", error.Message);
    }

    [Fact]
    public async Task ErrorStatus_IsUnavailable_AndTaskNotFound_IsProviderError()
    {
        using (var host = Submitted())
        {
            Poll(host).RespondWith(JsonResponse(new { id = "task-1", status = "Error", result = (object?)null }));
            var error = await Fails(host);
            Assert.Equal(ImageProviderErrorCodes.Unavailable, error.Code);
            Assert.True(error.Retryable);
        }
        using (var host = Submitted())
        {
            Poll(host).RespondWith(JsonResponse(new { id = "task-1", status = "Task not found" }));
            var error = await Fails(host);
            Assert.Equal(ImageProviderErrorCodes.ProviderError, error.Code);
            Assert.Contains("not found", error.Message);
        }
    }

    [Fact]
    public async Task ForeverPending_IsTimeoutAfterThePollTimeout()
    {
        using var host = Submitted(new Dictionary<string, string?> { ["PollTimeout"] = "00:00:00.200", ["PollInterval"] = "00:00:00.020" });
        Poll(host).RespondWith(JsonResponse(new { id = "task-1", status = "Pending", result = (object?)null }));

        var error = await Fails(host);

        Assert.Equal(ImageProviderErrorCodes.Timeout, error.Code);
        Assert.True(host.Server.To("/v1/get_result").Count >= 2);
    }

    [Fact]
    public async Task Inpaint_GoesToFill_WithImageAndAWhiteWhereEditedMask()
    {
        using var host = ProviderTestHost.Create(Section);
        StubTask(host, "/v1/flux-pro-1.0-fill", TestPngs.HalvesPng(256, 256));
        using var image = TestPngs.Halves(100, 100, SKColors.Green, SKColors.Yellow);
        using var mask = TestPngs.Mask(100, 100, new SKRectI(0, 0, 50, 50));

        using var result = await host.Provider("flux").EditAsync(
            new ImageEditRequest(image, ImageEditOperation.Inpaint, new ImageEditParameters(), 77, "a window", mask), CancellationToken.None);

        Assert.Equal((100, 100), (result.Bitmap.Width, result.Bitmap.Height));
        TestPngs.AssertRedLeftBlueRight(result.Bitmap);
        var body = Assert.Single(host.Server.To("/v1/flux-pro-1.0-fill")).Json();
        Assert.Equal("a window", body.GetProperty("prompt").GetString());
        Assert.Equal(77, body.GetProperty("seed").GetInt64());
        using var sentImage = TestPngs.DecodeBase64(body.GetProperty("image").GetString()!);
        using var sentMask = TestPngs.DecodeBase64(body.GetProperty("mask").GetString()!);
        Assert.Equal((256, 256), (sentImage.Width, sentImage.Height));
        Assert.Equal((256, 256), (sentMask.Width, sentMask.Height));
        TestPngs.AssertColor(SKColors.Green, sentImage.GetPixel(10, 128));
        TestPngs.AssertColor(SKColors.White, sentMask.GetPixel(30, 30));
        TestPngs.AssertColor(SKColors.Black, sentMask.GetPixel(200, 200));
    }

    [Fact]
    public async Task ReplaceBackgroundWithoutMask_GoesToKontext_WithTheInputImage()
    {
        using var host = ProviderTestHost.Create(Section);
        StubTask(host, "/v1/flux-kontext-pro", TestPngs.HalvesPng(1248, 832));
        using var image = TestPngs.Halves(120, 80, SKColors.Green, SKColors.Yellow);

        using var result = await host.Provider("flux").EditAsync(
            new ImageEditRequest(image, ImageEditOperation.ReplaceBackground, new ImageEditParameters(), 3, "a beach at sunset"), CancellationToken.None);

        Assert.Equal((120, 80), (result.Bitmap.Width, result.Bitmap.Height));
        TestPngs.AssertRedLeftBlueRight(result.Bitmap);
        var body = Assert.Single(host.Server.To("/v1/flux-kontext-pro")).Json();
        Assert.Equal("Replace the background with a beach at sunset. Keep the subject unchanged.", body.GetProperty("prompt").GetString());
        Assert.Equal("3:2", body.GetProperty("aspect_ratio").GetString());
        using var input = TestPngs.DecodeBase64(body.GetProperty("input_image").GetString()!);
        Assert.Equal((120, 80), (input.Width, input.Height));
        TestPngs.AssertColor(SKColors.Yellow, input.GetPixel(110, 40));
    }

    [Fact]
    public async Task Upscale_IsUnsupported()
    {
        using var host = ProviderTestHost.Create(Section);
        using var image = TestPngs.Halves(8, 8);
        var error = await Assert.ThrowsAsync<ImageProviderException>(() =>
            host.Provider("flux").UpscaleAsync(new ImageUpscaleRequest(image, 2), CancellationToken.None));
        Assert.Equal(ImageProviderErrorCodes.Unsupported, error.Code);
        Assert.Equal(["sd-webui"], error.Alternatives);
    }

    private static ProviderTestHost Submitted(IDictionary<string, string?>? overrides = null)
    {
        var host = ProviderTestHost.Create(Section, overrides);
        Json(host, Request.Create().WithPath("/v1/flux-pro-1.1").UsingPost(), new { id = "task-1", polling_url = $"{host.Server.Url}/v1/get_result?id=task-1" });
        return host;
    }

    private static void StubTask(ProviderTestHost host, string path, byte[] png)
    {
        Json(host, Request.Create().WithPath(path).UsingPost(), new { id = "edit-1", polling_url = $"{host.Server.Url}/v1/get_result?id=edit-1" });
        Poll(host).RespondWith(JsonResponse(new { id = "edit-1", status = "Ready", result = new { sample = $"{host.Server.Url}/out.png" } }));
        host.Server.Given(Request.Create().WithPath("/out.png").UsingGet()).RespondWith(Response.Create().WithBody(png));
    }

    private static Task<ImageProviderException> Fails(ProviderTestHost host) =>
        Assert.ThrowsAsync<ImageProviderException>(() =>
            host.Provider("flux").GenerateAsync(new ImageGenerateRequest("x", null, 256, 256, 1), CancellationToken.None));

    private static WireMock.Server.IRespondWithAProvider Poll(ProviderTestHost host) =>
        host.Server.Given(Request.Create().WithPath("/v1/get_result").UsingGet());

    private static void Json(ProviderTestHost host, IRequestBuilder request, object body) =>
        host.Server.Given(request).RespondWith(JsonResponse(body));

    private static IResponseBuilder JsonResponse(object body) =>
        Response.Create().WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(body));
}
