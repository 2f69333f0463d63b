using System.Text;
using System.Text.Json;
using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace MediaCreator.Modules.Image.Tests.Providers;

public sealed class StableDiffusionProviderTests
{
    private const string Section = "Image:Providers:StableDiffusion";

    [Fact]
    public async Task Txt2Img_SendsTheWebUiPayload_WithBasicAuth_AndReadsTheSeedFromInfo()
    {
        using var host = ProviderTestHost.Create(Section, new Dictionary<string, string?>
        {
            ["ApiKey"] = null, ["Username"] = "artist", ["Password"] = "pa:ss", ["Model"] = "sd_xl_base_1.0.safetensors", ["Steps"] = "12",
        });
        Stub(host, "/sdapi/v1/txt2img", new
        {
            images = new[] { TestPngs.HalvesBase64(304, 200) },
            parameters = new { prompt = "ignored" },
            info = JsonSerializer.Serialize(new { prompt = "a flag", seed = 987654321L, all_seeds = new[] { 987654321L }, width = 304, height = 200 }),
        });

        using var result = await host.Provider("sd-webui").GenerateAsync(
            new ImageGenerateRequest("a flag", null, 300, 200, Seed: 987654321), CancellationToken.None);

        Assert.Equal((300, 200), (result.Bitmap.Width, result.Bitmap.Height));
        TestPngs.AssertRedLeftBlueRight(result.Bitmap);
        Assert.Equal(987654321, result.Seed);
        var sent = Assert.Single(host.Server.Requests());
        Assert.Equal("Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes("artist:pa:ss")), sent.Header("Authorization"));
        var body = sent.Json();
        Assert.Equal("a flag", body.GetProperty("prompt").GetString());
        Assert.False(string.IsNullOrEmpty(body.GetProperty("negative_prompt").GetString()));
        Assert.Equal(987654321, body.GetProperty("seed").GetInt64());
        Assert.Equal((304, 200), (body.GetProperty("width").GetInt32(), body.GetProperty("height").GetInt32()));
        Assert.Equal(12, body.GetProperty("steps").GetInt32());
        Assert.Equal(7, body.GetProperty("cfg_scale").GetDouble());
        Assert.Equal("DPM++ 2M", body.GetProperty("sampler_name").GetString());
        Assert.Equal("sd_xl_base_1.0.safetensors", body.GetProperty("override_settings").GetProperty("sd_model_checkpoint").GetString());
    }

    [Fact]
    public async Task Inpaint_SendsInitImageAndWhiteMask_ToImg2Img()
    {
        using var host = ProviderTestHost.Create(Section);
        Stub(host, "/sdapi/v1/img2img", new { images = new[] { TestPngs.HalvesBase64(96, 64) }, parameters = new { }, info = """{"seed": 11}""" });
        using var image = TestPngs.Halves(96, 64, SKColors.Green, SKColors.Yellow);
        using var mask = new SKBitmap(96, 64);
        mask.Erase(SKColors.Transparent);
        using (var canvas = new SKCanvas(mask))
        using (var paint = new SKPaint { Color = SKColors.Black })
            canvas.DrawRect(60, 10, 20, 20, paint); // an alpha mask: opaque (even black) = edit

        using var result = await host.Provider("sd-webui").EditAsync(
            new ImageEditRequest(image, ImageEditOperation.RemoveObject, new ImageEditParameters(), 11, null, mask), CancellationToken.None);

        Assert.Equal((96, 64), (result.Bitmap.Width, result.Bitmap.Height));
        TestPngs.AssertRedLeftBlueRight(result.Bitmap);
        Assert.Equal(11, result.Seed);
        var body = Assert.Single(host.Server.Requests()).Json();
        Assert.Equal(0, body.GetProperty("inpainting_fill").GetInt32());
        Assert.Equal(0.9, body.GetProperty("denoising_strength").GetDouble());
        Assert.False(body.GetProperty("inpaint_full_res").GetBoolean());
        Assert.Equal(0, body.GetProperty("inpainting_mask_invert").GetInt32());
        Assert.Equal(11, body.GetProperty("seed").GetInt64());
        Assert.StartsWith("Remove the object", body.GetProperty("prompt").GetString());
        using var init = TestPngs.DecodeBase64(body.GetProperty("init_images")[0].GetString()!);
        TestPngs.AssertColor(SKColors.Green, init.GetPixel(5, 32));
        using var sentMask = TestPngs.DecodeBase64(body.GetProperty("mask").GetString()!);
        Assert.Equal((96, 64), (sentMask.Width, sentMask.Height));
        TestPngs.AssertColor(SKColors.White, sentMask.GetPixel(70, 20));
        TestPngs.AssertColor(SKColors.Black, sentMask.GetPixel(10, 50));
    }

    [Fact]
    public async Task GenerateFromALockedCharacter_IsImg2ImgFromItsReference_StrongerLockLessDenoising()
    {
        using var host = ProviderTestHost.Create(Section);
        Stub(host, "/sdapi/v1/img2img", new { images = new[] { TestPngs.HalvesBase64(64, 64) }, parameters = new { }, info = """{"seed": 5}""" });
        using var face = TestPngs.Halves(32, 32, SKColors.Green, SKColors.Yellow);
        var character = new CharacterSpec("Mali", "a girl with a red scarf", 5, [face], Strength: 0.8);

        using var result = await host.Provider("sd-webui").GenerateAsync(
            new ImageGenerateRequest("Mali at the market", null, 64, 64, 5, Character: character), CancellationToken.None);

        TestPngs.AssertRedLeftBlueRight(result.Bitmap);
        var body = Assert.Single(host.Server.To("/sdapi/v1/img2img")).Json();
        Assert.Equal("Mali at the market, featuring Mali: a girl with a red scarf", body.GetProperty("prompt").GetString());
        Assert.Equal(0.2, body.GetProperty("denoising_strength").GetDouble(), 6);
        Assert.False(body.TryGetProperty("mask", out _));
        using var init = TestPngs.DecodeBase64(body.GetProperty("init_images")[0].GetString()!);
        Assert.Equal((64, 64), (init.Width, init.Height));
        TestPngs.AssertColor(SKColors.Yellow, init.GetPixel(60, 32));
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Upscale_UsesExtraSingleImage_AndReturnsTheFactorTimesLargerImage(int factor)
    {
        using var host = ProviderTestHost.Create(Section);
        Stub(host, "/sdapi/v1/extra-single-image", new { html_info = "<p>R-ESRGAN</p>", image = TestPngs.HalvesBase64(20 * factor, 10 * factor) });
        using var image = TestPngs.Halves(20, 10);

        using var result = await host.Provider("sd-webui").UpscaleAsync(new ImageUpscaleRequest(image, factor), CancellationToken.None);

        Assert.Equal((20 * factor, 10 * factor), (result.Bitmap.Width, result.Bitmap.Height));
        TestPngs.AssertRedLeftBlueRight(result.Bitmap);
        var body = Assert.Single(host.Server.Requests()).Json();
        Assert.Equal(factor, body.GetProperty("upscaling_resize").GetInt32());
        Assert.Equal("R-ESRGAN 4x+", body.GetProperty("upscaler_1").GetString());
        Assert.Equal(0, body.GetProperty("resize_mode").GetInt32());
        using var sent = TestPngs.DecodeBase64(body.GetProperty("image").GetString()!);
        Assert.Equal((20, 10), (sent.Width, sent.Height));
    }

    [Fact]
    public async Task Upscale_ByThree_IsInvalidInput()
    {
        using var host = ProviderTestHost.Create(Section);
        using var image = TestPngs.Halves(20, 10);
        var error = await Assert.ThrowsAsync<ImageProviderException>(() =>
            host.Provider("sd-webui").UpscaleAsync(new ImageUpscaleRequest(image, 3), CancellationToken.None));
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, error.Code);
        Assert.Empty(host.Server.Requests());
    }

    [Fact]
    public async Task WrongBasicAuth_IsProviderError_WithTheWebUiDetail()
    {
        using var host = ProviderTestHost.Create(Section, new Dictionary<string, string?> { ["Username"] = "u", ["Password"] = "wrong" });
        host.Server.Given(Request.Create().WithPath("/sdapi/v1/txt2img").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(401).WithHeader("WWW-Authenticate", "Basic")
                .WithHeader("Content-Type", "application/json").WithBody("""{"detail":"Incorrect username or password"}"""));

        var error = await Assert.ThrowsAsync<ImageProviderException>(() => host.Provider("sd-webui")
            .GenerateAsync(new ImageGenerateRequest("x", null, 64, 64, 1), CancellationToken.None));

        Assert.Equal(ImageProviderErrorCodes.ProviderError, error.Code);
        Assert.Contains("Incorrect username or password", error.Message);
        Assert.DoesNotContain("wrong", error.Message);
    }

    private static void Stub(ProviderTestHost host, string path, object body) =>
        host.Server.Given(Request.Create().WithPath(path).UsingPost())
            .RespondWith(Response.Create().WithHeader("Content-Type", "application/json").WithBody(JsonSerializer.Serialize(body)));
}
