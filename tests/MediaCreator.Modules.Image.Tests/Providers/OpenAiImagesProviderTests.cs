using System.Text.Json;
using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Image.Tests.Providers;

public sealed class OpenAiImagesProviderTests
{
    private const string Section = "Image:Providers:OpenAI";
    private const string Generations = "/v1/images/generations";
    private const string Edits = "/v1/images/edits";

    [Fact]
    public async Task Generate_PostsTheImagesApiRequest_AndFitsTheDecodedImageToTheAskedSize()
    {
        using var host = ProviderTestHost.Create(Section);
        Stub(host, Generations, Answer(TestPngs.HalvesBase64(1536, 1024), revised: "a red and blue flag, flat"));

        using var result = await host.Provider("openai-images").GenerateAsync(
            new ImageGenerateRequest("a flag", "watercolor", 300, 200, Seed: 7), CancellationToken.None);

        Assert.Equal((300, 200), (result.Bitmap.Width, result.Bitmap.Height));
        TestPngs.AssertRedLeftBlueRight(result.Bitmap);
        Assert.Equal("a red and blue flag, flat", result.RevisedPrompt);

        var sent = Assert.Single(host.Server.Requests());
        Assert.Equal(("POST", Generations), (sent.RequestMessage!.Method, sent.RequestMessage!.Path));
        Assert.Equal($"Bearer {ProviderTestHost.ApiKey}", sent.Header("Authorization"));
        Assert.StartsWith("application/json", sent.Header("Content-Type"));
        var body = sent.Json();
        Assert.Equal("gpt-image-1", body.GetProperty("model").GetString());
        Assert.Equal("a flag, in watercolor style", body.GetProperty("prompt").GetString());
        Assert.Equal(1, body.GetProperty("n").GetInt32());
        Assert.Equal("1536x1024", body.GetProperty("size").GetString());
        Assert.False(body.TryGetProperty("response_format", out _), "gpt-image models reject response_format");
        Assert.False(body.TryGetProperty("style", out _));
    }

    [Fact]
    public async Task Generate_WithDallE3_SendsResponseFormatQualityAndStyle_OnItsSizes()
    {
        using var host = ProviderTestHost.Create(Section, new Dictionary<string, string?> { ["Model"] = "dall-e-3", ["Quality"] = "hd" });
        Stub(host, Generations, Answer(TestPngs.HalvesBase64(1024, 1792)));

        using var result = await host.Provider("openai-images").GenerateAsync(
            new ImageGenerateRequest("a tall tower", "Vivid", 90, 160, Seed: 1), CancellationToken.None);

        Assert.Equal((90, 160), (result.Bitmap.Width, result.Bitmap.Height));
        var body = Assert.Single(host.Server.Requests()).Json();
        Assert.Equal("1024x1792", body.GetProperty("size").GetString());
        Assert.Equal("b64_json", body.GetProperty("response_format").GetString());
        Assert.Equal("hd", body.GetProperty("quality").GetString());
        Assert.Equal("vivid", body.GetProperty("style").GetString());
        Assert.Equal("a tall tower", body.GetProperty("prompt").GetString());
    }

    [Fact]
    public async Task Generate_UrlAnswer_IsDownloadedWithoutSendingTheKey()
    {
        using var host = ProviderTestHost.Create(Section);
        Stub(host, Generations, JsonSerializer.Serialize(new { created = 1, data = new[] { new { url = $"{host.Server.Url}/blob/img-1.png" } } }));
        host.Server.Given(Request.Create().WithPath("/blob/img-1.png").UsingGet())
            .RespondWith(Response.Create().WithHeader("Content-Type", "image/png").WithBody(TestPngs.HalvesPng(1024, 1024)));

        using var result = await host.Provider("openai-images").GenerateAsync(
            new ImageGenerateRequest("x", null, 64, 64, 3), CancellationToken.None);

        Assert.Equal((64, 64), (result.Bitmap.Width, result.Bitmap.Height));
        TestPngs.AssertRedLeftBlueRight(result.Bitmap);
        var download = Assert.Single(host.Server.To("/blob/img-1.png"));
        Assert.Null(download.Header("Authorization"));
    }

    [Fact]
    public async Task Inpaint_PostsMultipart_WithAMaskTransparentWhereOursIsWhite()
    {
        using var host = ProviderTestHost.Create(Section);
        Stub(host, Edits, Answer(TestPngs.HalvesBase64(1024, 1024)));
        using var image = TestPngs.Halves(64, 64, SKColors.Green, SKColors.Yellow);
        using var mask = TestPngs.Mask(64, 64, new SKRectI(16, 16, 48, 48));

        using var result = await host.Provider("openai-images").EditAsync(
            new ImageEditRequest(image, ImageEditOperation.Inpaint, new ImageEditParameters(), 5, "a cat", mask), CancellationToken.None);

        Assert.Equal((64, 64), (result.Bitmap.Width, result.Bitmap.Height));
        TestPngs.AssertRedLeftBlueRight(result.Bitmap);
        var sent = Assert.Single(host.Server.Requests());
        Assert.Equal(("POST", Edits), (sent.RequestMessage!.Method, sent.RequestMessage!.Path));
        Assert.Equal($"Bearer {ProviderTestHost.ApiKey}", sent.Header("Authorization"));
        var parts = await Multipart.PartsAsync(sent);
        Assert.Equal("a cat", parts["prompt"].Text);
        Assert.Equal("gpt-image-1", parts["model"].Text);
        Assert.Equal("1", parts["n"].Text);
        Assert.Equal("1024x1024", parts["size"].Text);
        Assert.Equal(("image.png", "image/png"), (parts["image"].FileName, parts["image"].ContentType));

        using var sentImage = TestPngs.Decode(parts["image"].Data);
        Assert.Equal((1024, 1024), (sentImage.Width, sentImage.Height));
        TestPngs.AssertColor(SKColors.Green, sentImage.GetPixel(10, 512));
        using var sentMask = TestPngs.Decode(parts["mask"].Data);
        Assert.Equal((1024, 1024), (sentMask.Width, sentMask.Height));
        Assert.Equal(0, sentMask.GetPixel(512, 512).Alpha);
        Assert.Equal(255, sentMask.GetPixel(20, 20).Alpha);
        Assert.Equal(255, sentMask.GetPixel(1000, 1000).Alpha);
    }

    [Fact]
    public async Task InsertObject_WithoutMask_EditsThePlacementSquare_AndDallE2GetsResponseFormat()
    {
        using var host = ProviderTestHost.Create(Section, new Dictionary<string, string?> { ["Model"] = "dall-e-2" });
        Stub(host, Edits, Answer(TestPngs.HalvesBase64(256, 256)));
        using var image = TestPngs.Halves(200, 200);
        var parameters = new ImageEditParameters { Placement = new Placement(X: 0.25f, Y: 0.25f, Scale: 0.2f) };

        using var result = await host.Provider("openai-images").EditAsync(
            new ImageEditRequest(image, ImageEditOperation.InsertObject, parameters, 5, "a red balloon"), CancellationToken.None);

        Assert.Equal((200, 200), (result.Bitmap.Width, result.Bitmap.Height));
        var parts = await Multipart.PartsAsync(Assert.Single(host.Server.Requests()));
        Assert.Equal("256x256", parts["size"].Text);
        Assert.Equal("b64_json", parts["response_format"].Text);
        Assert.Contains("a red balloon", parts["prompt"].Text);
        using var mask = TestPngs.Decode(parts["mask"].Data);
        Assert.Equal(0, mask.GetPixel(64, 64).Alpha);
        Assert.Equal(255, mask.GetPixel(192, 192).Alpha);
    }

    [Fact]
    public async Task Generate_WithAReference_SendsItToTheEditsEndpointWithoutAMask()
    {
        using var host = ProviderTestHost.Create(Section);
        Stub(host, Edits, Answer(TestPngs.HalvesBase64(1024, 1024)));
        using var reference = TestPngs.Halves(40, 40, SKColors.Green, SKColors.Yellow);

        using var result = await host.Provider("openai-images").GenerateAsync(
            new ImageGenerateRequest("the same mascot waving", null, 100, 100, 2, reference), CancellationToken.None);

        Assert.Equal((100, 100), (result.Bitmap.Width, result.Bitmap.Height));
        TestPngs.AssertRedLeftBlueRight(result.Bitmap);
        var parts = await Multipart.PartsAsync(Assert.Single(host.Server.To(Edits)));
        Assert.False(parts.ContainsKey("mask"));
        Assert.Equal("the same mascot waving", parts["prompt"].Text);
        using var sent = TestPngs.Decode(parts["image"].Data);
        TestPngs.AssertColor(SKColors.Yellow, sent.GetPixel(1000, 500));
    }

    [Fact]
    public async Task ContentPolicyRefusal_IsContentPolicy_AndNotRetried()
    {
        using var host = ProviderTestHost.Create(Section);
        Stub(host, Generations, """
            {"error":{"code":"content_policy_violation","message":"Your request was rejected as a result of our safety system.","param":null,"type":"invalid_request_error"}}
            """, status: 400);

        var error = await Assert.ThrowsAsync<ImageProviderException>(() => host.Provider("openai-images")
            .GenerateAsync(new ImageGenerateRequest("x", null, 64, 64, 1), CancellationToken.None));

        Assert.Equal(ImageProviderErrorCodes.ContentPolicy, error.Code);
        Assert.False(error.Retryable);
        Assert.Contains("safety system", error.Message);
        Assert.Single(host.Server.Requests());
    }

    [Fact]
    public async Task AnErrorEchoingTheKey_NeverPassesTheKeyOn()
    {
        using var host = ProviderTestHost.Create(Section);
        var echo = new { error = new { code = "invalid_api_key", message = $"Incorrect API key provided: {ProviderTestHost.ApiKey}.", param = (string?)null, type = "invalid_request_error" } };
        Stub(host, Generations, JsonSerializer.Serialize(echo), status: 401);

        var error = await Assert.ThrowsAsync<ImageProviderException>(() => host.Provider("openai-images")
            .GenerateAsync(new ImageGenerateRequest("x", null, 64, 64, 1), CancellationToken.None));

        Assert.Equal(ImageProviderErrorCodes.ProviderError, error.Code);
        Assert.Contains("401", error.Message);
        Assert.DoesNotContain(ProviderTestHost.ApiKey, error.ToString());
    }

    [Fact]
    public async Task Edit_WithDallE3_OrUpscale_OrACrop_IsUnsupported_NamingAlternatives()
    {
        using var host = ProviderTestHost.Create(Section, new Dictionary<string, string?> { ["Model"] = "dall-e-3" });
        var provider = host.Provider("openai-images");
        using var image = TestPngs.Halves(32, 32);
        using var mask = TestPngs.Mask(32, 32, new SKRectI(0, 0, 8, 8));

        var dallE3 = await Assert.ThrowsAsync<ImageProviderException>(() => provider.EditAsync(
            new ImageEditRequest(image, ImageEditOperation.Inpaint, new ImageEditParameters(), 1, "x", mask), CancellationToken.None));
        var upscale = await Assert.ThrowsAsync<ImageProviderException>(() => provider.UpscaleAsync(new ImageUpscaleRequest(image, 2), CancellationToken.None));
        var crop = await Assert.ThrowsAsync<ImageProviderException>(() => provider.EditAsync(
            new ImageEditRequest(image, ImageEditOperation.Crop, new ImageEditParameters(), 1), CancellationToken.None));

        Assert.All([dallE3, upscale, crop], e => Assert.Equal(ImageProviderErrorCodes.Unsupported, e.Code));
        Assert.Contains("flux", dallE3.Alternatives);
        Assert.Equal(["sd-webui"], upscale.Alternatives);
        Assert.Equal(["skia"], crop.Alternatives);
        Assert.False(provider.CanUpscale);
        Assert.Empty(host.Server.Requests());
    }

    [Fact]
    public async Task Inpaint_WithoutMask_IsInvalidInput()
    {
        using var host = ProviderTestHost.Create(Section);
        using var image = TestPngs.Halves(32, 32);

        var error = await Assert.ThrowsAsync<ImageProviderException>(() => host.Provider("openai-images").EditAsync(
            new ImageEditRequest(image, ImageEditOperation.Inpaint, new ImageEditParameters(), 1, "x"), CancellationToken.None));

        Assert.Equal(ImageProviderErrorCodes.InvalidInput, error.Code);
        Assert.Empty(host.Server.Requests());
    }

    private static void Stub(ProviderTestHost host, string path, string body, int status = 200) =>
        host.Server.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body));

    private static string Answer(string base64, string? revised = null) =>
        JsonSerializer.Serialize(new { created = 1713833628, data = new[] { new { b64_json = base64, revised_prompt = revised } } });
}
