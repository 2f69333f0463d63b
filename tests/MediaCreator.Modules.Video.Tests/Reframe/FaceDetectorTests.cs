using MediaCreator.Modules.Video.Reframe;
using OpenCvSharp;
using SkiaSharp;

namespace MediaCreator.Modules.Video.Tests.Reframe;

public sealed class FaceDetectorTests
{
    [Fact]
    public void OpenCv_native_runtime_loads()
    {
        Assert.StartsWith("4.", Cv2.GetVersionString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Frontal_cascade_finds_the_drawn_face_at_analysis_size_and_nothing_on_a_plain_frame()
    {
        using var detector = FaceDetector.TryCreate(new SubjectReframeOptions());
        Assert.NotNull(detector);
        using var bitmap = new SKBitmap(new SKImageInfo(320, 180, SKColorType.Bgra8888, SKAlphaType.Premul));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(new SKColor(90, 110, 140));
        using (var plain = Gray(bitmap)) Assert.Empty(detector.Detect(plain));

        SyntheticVideo.Face(canvas, 240, 85, 70);
        canvas.Flush();
        using var drawn = Gray(bitmap);
        var face = Assert.Single(detector.Detect(drawn));
        Assert.InRange(face.CenterX, 232, 248);
        Assert.InRange(face.CenterY, 75, 95);
        Assert.InRange(face.Height, 50, 90);
    }

    [Fact]
    public void Missing_cascade_gives_no_detector()
    {
        Assert.Null(FaceDetector.TryCreate(new SubjectReframeOptions { FrontalFaceCascadePath = "/nonexistent/cascade.xml" }));
    }

    [Theory]
    [InlineData(1920, 1080, 9, 16, 606, 1080)]
    [InlineData(1920, 1080, 4, 5, 864, 1080)]
    [InlineData(1920, 1080, 1, 1, 1080, 1080)]
    [InlineData(1080, 1920, 16, 9, 1080, 606)]
    [InlineData(1920, 1080, 16, 9, 1920, 1080)]
    public void Crop_is_the_largest_window_of_the_ratio(int width, int height, int rw, int rh, int cropWidth, int cropHeight)
    {
        Assert.Equal((cropWidth, cropHeight), SubjectReframePlanner.CropSize(width, height, new(rw, rh)));
    }

    private static Mat Gray(SKBitmap bitmap)
    {
        using var bgra = Mat.FromPixelData(bitmap.Height, bitmap.Width, MatType.CV_8UC4, bitmap.GetPixels());
        var gray = new Mat();
        Cv2.CvtColor(bgra, gray, ColorConversionCodes.BGRA2GRAY);
        Cv2.EqualizeHist(gray, gray);
        return gray;
    }
}
