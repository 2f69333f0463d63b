using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Design;

namespace MediaCreator.Modules.Image.Tests.Design;

public sealed class DesignRefusalTests
{
    [Theory]
    [InlineData("a photo of a golden retriever on the beach")]
    [InlineData("photorealistic portrait of an old man")]
    [InlineData("realistic portrait of a woman, studio lighting")]
    [InlineData("selfie in Tokyo at night")]
    [InlineData("mountain lake, DSLR, 8k photo")]
    [InlineData("hyper-realistic cat")]
    [InlineData("ภาพถ่ายทะเลสวยๆ")]
    public void PhotorealPrompts_AreRefusedAsUnsupported_NamingProvidersThatCan(string prompt)
    {
        var e = Assert.Throws<ImageProviderException>(() => Generate(prompt, 64, 64));

        Assert.Equal(ImageProviderErrorCodes.Unsupported, e.Code);
        Assert.Equal(["openai-images", "flux", "sd-webui"], e.Alternatives);
        Assert.False(e.Retryable);
    }

    [Theory]
    [InlineData("face swap me onto a superhero")]
    [InlineData("swap the faces of these two people")]
    public void FaceSwap_IsRefusedAsUnsupported(string prompt)
    {
        var e = Assert.Throws<ImageProviderException>(() => Generate(prompt, 64, 64));

        Assert.Equal(ImageProviderErrorCodes.Unsupported, e.Code);
        Assert.Contains("face swap", e.Message);
    }

    [Theory]
    [InlineData(15, 64)]
    [InlineData(64, 8193)]
    [InlineData(8192, 8192)]
    [InlineData(0, 0)]
    public void SizeOutOfRange_IsInvalidInput(int width, int height)
    {
        var e = Assert.Throws<ImageProviderException>(() => Generate("a star", width, height));

        Assert.Equal(ImageProviderErrorCodes.InvalidInput, e.Code);
    }

    [Fact]
    public void EmptyPrompt_IsInvalidInput()
    {
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Assert.Throws<ImageProviderException>(() => Generate("  ", 64, 64)).Code);
    }

    [Fact]
    public void DesignWordsThatMerelyLookLikePhotoWords_AreDrawn()
    {
        using var result = Generate("photography club logo with a camera-shy cat", 64, 64);

        Assert.Equal(64, result.Bitmap.Width);
    }

    private static ImageResult Generate(string prompt, int width, int height) =>
        new SkiaDesignEngine().Generate(new ImageGenerateRequest(prompt, null, width, height, 1), CancellationToken.None);
}
