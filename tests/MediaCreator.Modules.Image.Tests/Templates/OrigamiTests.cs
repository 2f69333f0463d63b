using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Common;
using MediaCreator.Modules.Image.Templates.Origami;
using SkiaSharp;
using UglyToad.PdfPig;

namespace MediaCreator.Modules.Image.Tests.Templates;

public sealed class OrigamiTests
{
    private const int Dpi = 100;

    [Theory]
    [InlineData("crane")]
    [InlineData("masu")]
    [InlineData("fortune-teller")]
    public async Task Pdf_HasTheSquareSheets_ThenTheInstructionPage(string model)
    {
        var (output, _) = await TemplateKit.RenderAsync(new OrigamiRenderer(), new TemplateRequest(2, "ocean",
            Options: TemplateKit.Json($$"""{"model":"{{model}}","sheets":2,"dpi":{{Dpi}},"sheetSizeMm":150}""")));

        var pdfFile = output.Files[0];
        Assert.Equal($"origami-{model}.pdf", pdfFile.Name);
        using (var pdf = PdfDocument.Open(pdfFile.Content)) Assert.Equal(3, pdf.NumberOfPages);
        var sheets = output.Files.Where(f => f.Name.StartsWith("sheet-")).ToArray();
        Assert.Equal(2, sheets.Length);
        using var sheet = TemplateKit.Decode(sheets[0]);
        Assert.Equal(sheet.Width, sheet.Height);
        Assert.Equal(PaperSize.MmToPx(150, Dpi), sheet.Width, 1.0);
        Assert.True(sheet.Pixels.Distinct().Count() > 3, "the sheet is decorated");
    }

    [Theory]
    [InlineData("crane")]
    [InlineData("masu")]
    [InlineData("fortune-teller")]
    public void CreasePattern_DrawsValleysDashed_MountainsDashDot_AsTheLegendSays(string key)
    {
        var page = new CreasePatternPage(PaperSize.A4, Dpi);
        var model = OrigamiModel.Get(key);
        using var bitmap = Outputs.Render(page.Width, page.Height, SKColors.White, c => page.Draw(c, model));
        var sq = page.Square;
        SKPoint Px(SKPoint p) => new(sq.Left + p.X * sq.Width, sq.Top + p.Y * sq.Height);

        var valley = model.Creases.First(c => c.Kind == CreaseKind.Valley);
        var mountain = model.Creases.First(c => c.Kind == CreaseKind.Mountain);
        AssertDashed(Runs(bitmap, Px(valley.A), Px(valley.B), CreasePatternPage.ValleyColor));
        AssertDashDot(Runs(bitmap, Px(mountain.A), Px(mountain.B), CreasePatternPage.MountainColor));
        var (vFrom, vTo) = page.LegendSample(CreaseKind.Valley);
        AssertDashed(Runs(bitmap, vFrom, vTo, CreasePatternPage.ValleyColor), crossed: false);
        var (mFrom, mTo) = page.LegendSample(CreaseKind.Mountain);
        AssertDashDot(Runs(bitmap, mFrom, mTo, CreasePatternPage.MountainColor));
        // the edges are solid black all along
        var edge = Runs(bitmap, new SKPoint(sq.Left + 3, sq.Top), new SKPoint(sq.Right - 3, sq.Top), SKColors.Black);
        Assert.Single(edge);
        var (eFrom, eTo) = page.LegendSample(CreaseKind.Edge);
        Assert.Single(Runs(bitmap, eFrom, eTo, SKColors.Black));
    }

    /// <summary>Even dashes; on the pattern, crossing creases may cut a few runs short.</summary>
    private static void AssertDashed(List<int> runs, bool crossed = true)
    {
        var dash = PaperSize.MmToPx(3, Dpi);
        Assert.True(runs.Count >= 4, $"dashes: {string.Join(",", runs)}");
        var even = runs.Count(r => Math.Abs(r - (dash + 2)) <= 3); // sampling widens a run by about a pixel each end
        Assert.True(crossed ? even >= runs.Count * 0.75 : even == runs.Count, $"dash lengths ~{dash}: {string.Join(",", runs)}");
    }

    private static void AssertDashDot(List<int> runs)
    {
        var dots = runs.Count(r => r <= PaperSize.MmToPx(2, Dpi));
        var dashes = runs.Count(r => Math.Abs(r - (PaperSize.MmToPx(4, Dpi) + 2)) <= 3);
        Assert.True(dots >= 2 && dashes >= 2 && Math.Abs(dots - dashes) <= 2, $"dash-dot runs: {string.Join(",", runs)}");
    }

    /// <summary>Lengths of the runs of <paramref name="colour"/> sampled pixel by pixel along a segment.</summary>
    private static List<int> Runs(SKBitmap b, SKPoint from, SKPoint to, SKColor colour)
    {
        var length = (int)SKPoint.Distance(from, to);
        var runs = new List<int>();
        var current = 0;
        for (var i = 0; i <= length; i++)
        {
            var t = i / (float)length;
            var x = (int)MathF.Round(from.X + (to.X - from.X) * t);
            var y = (int)MathF.Round(from.Y + (to.Y - from.Y) * t);
            // the line may fall between pixel centres: take the closest colour of the 3x3 neighbourhood
            var distance = int.MaxValue;
            for (var dy = -1; dy <= 1; dy++)
            {
                for (var dx = -1; dx <= 1; dx++)
                {
                    var c = b.GetPixel(x + dx, y + dy);
                    distance = Math.Min(distance, Math.Abs(c.Red - colour.Red) + Math.Abs(c.Green - colour.Green) + Math.Abs(c.Blue - colour.Blue));
                }
            }
            var on = distance < 150;
            if (on) current++;
            else if (current > 0)
            {
                runs.Add(current);
                current = 0;
            }
        }
        if (current > 0) runs.Add(current);
        return runs;
    }
}
