using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;
using Xunit.Abstractions;
using static MediaCreator.Modules.Image.Tests.Editing.EditRunner;

namespace MediaCreator.Modules.Image.Tests.Editing;

public sealed class InpaintTests(ITestOutputHelper output)
{
    private const int Size = 96, BlobX = 48, BlobY = 44, BlobRadius = 7;

    // Structure to continue: a horizontal red ramp, a vertical green ramp and soft diagonal blue stripes.
    private static SKColor Scene(int x, int y) => new(
        (byte)(30 + (x * 2)),
        (byte)(200 - (y * 1.5)),
        TestImages.Clamp(128 + (90 * Math.Sin((x + y) * Math.PI / 12))));

    private static bool InBlob(int x, int y) => ((x - BlobX) * (x - BlobX)) + ((y - BlobY) * (y - BlobY)) <= BlobRadius * BlobRadius;

    [Theory]
    [InlineData(ImageEditOperation.RemoveObject)]
    [InlineData(ImageEditOperation.Inpaint)]
    public void Inpaint_FillsTheMaskedBlobCloseToTheHiddenStructure(ImageEditOperation operation)
    {
        using var original = TestImages.Create(Size, Size, Scene);
        using var damaged = TestImages.Create(Size, Size, (x, y) => InBlob(x, y) ? new SKColor(255, 0, 255) : Scene(x, y));
        using var mask = TestImages.Create(Size, Size, (x, y) => InBlob(x, y) ? SKColors.White : SKColors.Black);

        using var result = Edit(damaged, operation, mask: mask);

        var hole = Enumerable.Range(0, Size * Size).Select(i => (X: i % Size, Y: i / Size)).Where(p => InBlob(p.X, p.Y)).ToArray();
        var rim = Enumerable.Range(0, Size * Size).Select(i => (X: i % Size, Y: i / Size))
            .Where(p => !InBlob(p.X, p.Y) && (InBlob(p.X + 1, p.Y) || InBlob(p.X - 1, p.Y) || InBlob(p.X, p.Y + 1) || InBlob(p.X, p.Y - 1)))
            .Select(p => damaged.GetPixel(p.X, p.Y)).ToArray();
        var flat = new SKColor((byte)rim.Average(c => c.Red), (byte)rim.Average(c => c.Green), (byte)rim.Average(c => c.Blue));
        var ourError = hole.Average(p => Error(original.GetPixel(p.X, p.Y), result.Bitmap.GetPixel(p.X, p.Y)));
        var flatError = hole.Average(p => Error(original.GetPixel(p.X, p.Y), flat));
        output.WriteLine($"mean absolute error in the hole: inpainted {ourError:F2}, flat fill {flatError:F2}");
        Assert.True(ourError < flatError * 0.35, $"inpainted {ourError:F2} vs flat {flatError:F2}");
        for (var y = 0; y < Size; y++)
        {
            for (var x = 0; x < Size; x++)
            {
                if (!InBlob(x, y))
                {
                    Assert.Equal(damaged.GetPixel(x, y), result.Bitmap.GetPixel(x, y));
                }
            }
        }
    }

    [Fact]
    public void Inpaint_ReadsATransparentMaskByItsAlpha()
    {
        using var image = TestImages.Create(32, 32, (x, y) => x is >= 12 and < 20 && y is >= 12 and < 20 ? SKColors.Black : new SKColor(200, 180, 40));
        using var mask = TestImages.Create(32, 32, (x, y) => x is >= 11 and < 21 && y is >= 11 and < 21 ? SKColors.Red : SKColors.Transparent);

        using var result = Edit(image, ImageEditOperation.RemoveObject, mask: mask);

        Assert.Equal(new SKColor(200, 180, 40), result.Bitmap.GetPixel(16, 16));
    }

    [Fact]
    public void Inpaint_WithoutAMaskOrWithAnEmptyOrFullOne_IsInvalidInput()
    {
        using var image = TestImages.Solid(16, 16, SKColors.Gray);
        using var empty = TestImages.Solid(16, 16, SKColors.Black);
        using var full = TestImages.Solid(16, 16, SKColors.White);

        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Refused(image, ImageEditOperation.Inpaint).Code);
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Refused(image, ImageEditOperation.Inpaint, mask: empty).Code);
        Assert.Equal(ImageProviderErrorCodes.InvalidInput, Refused(image, ImageEditOperation.RemoveObject, mask: full).Code);
    }

    private static double Error(SKColor a, SKColor b) =>
        (Math.Abs(a.Red - b.Red) + Math.Abs(a.Green - b.Green) + Math.Abs(a.Blue - b.Blue)) / 3.0;
}
