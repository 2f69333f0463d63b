using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Providers.Http;
using MediaCreator.Modules.Image.Providers.OpenAI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Providers;

public sealed class ImageHttpProvidersTests
{
    [Fact]
    public void Registration_ExposesTheThreeProviders_PlainAndKeyed_WithTheirCapabilities()
    {
        using var host = ProviderTestHost.Create("Image:Providers:OpenAI");

        var all = host.All.ToDictionary(p => p.Key);

        Assert.Equal(["flux", "openai-images", "sd-webui"], all.Keys.Order());
        foreach (var key in all.Keys)
            Assert.Equal(key, host.Provider(key).Key);
        Assert.True(all["sd-webui"].CanUpscale);
        Assert.False(all["flux"].CanUpscale);
        Assert.All(all.Values, p => Assert.True(p.CanGenerate));
        Assert.All(all.Values, p => Assert.Contains(ImageEditOperation.Inpaint, p.EditOperations));
    }

    [Fact]
    public async Task AnExplicitConfiguration_IsReadWhenAProviderIsFirstUsed_NotWhenRegistered()
    {
        var configuration = new ConfigurationManager();
        var services = new ServiceCollection().AddImageHttpProviders(configuration);
        configuration["Image:Providers:Flux:BaseUrl"] = "http://127.0.0.1:9";
        using var provider = services.BuildServiceProvider();

        var error = await Assert.ThrowsAsync<ImageProviderException>(() => provider.GetRequiredKeyedService<IImageProvider>("flux")
            .GenerateAsync(new ImageGenerateRequest("x", null, 64, 64, 1), CancellationToken.None));

        Assert.Equal(ImageProviderErrorCodes.NotConfigured, error.Code);
        Assert.Contains("Image:Providers:Flux:ApiKey", error.Message);
    }

    [Theory]
    [InlineData("gpt-image-1", 300, 200, 1536, 1024)]
    [InlineData("gpt-image-1", 200, 300, 1024, 1536)]
    [InlineData("gpt-image-1", 2000, 2000, 1024, 1024)]
    [InlineData("dall-e-3", 1920, 1080, 1792, 1024)]
    [InlineData("dall-e-2", 400, 300, 512, 512)]
    [InlineData("dall-e-2", 100, 100, 256, 256)]
    [InlineData("dall-e-2", 3000, 3000, 1024, 1024)]
    public void OpenAiSizes_SnapToTheClosestAcceptedSize(string model, int w, int h, int expectedW, int expectedH)
    {
        var snapped = OpenAiModel.From(new OpenAiImagesOptions { Model = model }).Snap(w, h);
        Assert.Equal((expectedW, expectedH), snapped);
    }

    [Theory]
    [InlineData(300, 200, 32, 384, 256)]
    [InlineData(4000, 1000, 32, 1440, 352)]
    [InlineData(1000, 1000, 32, 992, 992)]
    [InlineData(300, 200, 8, 304, 200)]
    public void SnappedSizes_AreMultiplesOfTheStep_WithinLimits_KeepingTheAspect(int w, int h, int step, int expectedW, int expectedH)
    {
        var max = step == 32 ? 1440 : 2048;
        var min = step == 32 ? 256 : 64;
        Assert.Equal((expectedW, expectedH), SnappedSize.Fit(w, h, min, max, step));
    }

    [Fact]
    public void RetryDelays_GrowExponentiallyWithJitter_UpToTheCap_AndRetryAfterWins()
    {
        var options = new OpenAiImagesOptions
        {
            RetryBaseDelay = TimeSpan.FromMilliseconds(100), RetryMaxDelay = TimeSpan.FromMilliseconds(700), MaxRetryAfter = TimeSpan.FromSeconds(5),
        };
        var jitter = new SplitMix64(1);

        var delays = Enumerable.Range(0, 5).Select(a => RetryPolicy.Delay(options, a, null, jitter)!.Value.TotalMilliseconds).ToArray();

        Assert.InRange(delays[0], 50, 100);
        Assert.InRange(delays[1], 100, 200);
        Assert.InRange(delays[2], 200, 400);
        Assert.InRange(delays[3], 350, 700);
        Assert.InRange(delays[4], 350, 700);
        Assert.Equal(TimeSpan.FromSeconds(3), RetryPolicy.Delay(options, 0, TimeSpan.FromSeconds(3), jitter));
        Assert.Null(RetryPolicy.Delay(options, 0, TimeSpan.FromSeconds(30), jitter));
        var again = new SplitMix64(1);
        Assert.Equal(delays[0], RetryPolicy.Delay(options, 0, null, again)!.Value.TotalMilliseconds);
    }

    [Fact]
    public void Masks_AreReadByAlphaWhenTransparent_ElseByLuminance()
    {
        using var opaque = TestPngs.Mask(10, 10, new SKRectI(0, 0, 5, 10));
        using var alpha = new SKBitmap(10, 10);
        alpha.Erase(SKColors.Transparent);
        for (var y = 0; y < 10; y++)
            alpha.SetPixel(9, y, SKColors.Black);

        var byLuminance = ProviderMasks.EditRegion(opaque, 10, 10);
        var byAlpha = ProviderMasks.EditRegion(alpha, 10, 10);

        Assert.True(byLuminance[5 * 10 + 2]);
        Assert.False(byLuminance[5 * 10 + 7]);
        Assert.True(byAlpha[5 * 10 + 9]);
        Assert.False(byAlpha[5 * 10 + 2]);
    }
}
