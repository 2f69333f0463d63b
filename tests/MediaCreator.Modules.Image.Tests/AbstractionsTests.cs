using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests;

public sealed class AbstractionsTests
{
    [Fact]
    public void ImageResult_DisposesItsBitmapAndDrawing()
    {
        var bitmap = new SKBitmap(4, 4);
        using var recorder = new SKPictureRecorder();
        recorder.BeginRecording(new SKRect(0, 0, 4, 4)).Clear(SKColors.Red);
        var result = new ImageResult(bitmap, recorder.EndRecording());

        result.Dispose();

        Assert.Equal(IntPtr.Zero, bitmap.Handle);
    }
}
