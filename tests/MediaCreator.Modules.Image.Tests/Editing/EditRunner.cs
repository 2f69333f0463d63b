using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Editing;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Editing;

/// <summary>Runs one edit through <see cref="SkiaImageEditor"/>; the caller disposes the result.</summary>
internal static class EditRunner
{
    public static ImageResult Edit(
        SKBitmap image, ImageEditOperation operation, ImageEditParameters? parameters = null,
        SKBitmap? mask = null, SKBitmap? reference = null) =>
        new SkiaImageEditor().Edit(
            new ImageEditRequest(image, operation, parameters ?? new ImageEditParameters(), Seed: 7, Mask: mask, Reference: reference),
            CancellationToken.None);

    public static ImageProviderException Refused(
        SKBitmap image, ImageEditOperation operation, ImageEditParameters? parameters = null,
        SKBitmap? mask = null, SKBitmap? reference = null) =>
        Assert.Throws<ImageProviderException>(() => Edit(image, operation, parameters, mask, reference));
}
