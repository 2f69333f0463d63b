using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Editing;

namespace MediaCreator.Modules.Video.Tests.Editing;

public sealed class EditMathTests
{
    [Fact]
    public void KeepRanges_PadsSpeech_CutsEdgesFully_MergesOverlaps()
    {
        var keep = AudioEnvelope.KeepRanges([new TimeRange(0, 0.5), new TimeRange(1.5, 2.5), new TimeRange(5, 6)], 6, 0.1);
        Assert.Equal([new TimeRange(0.4, 1.6), new TimeRange(2.4, 5.1)], keep);

        var removed = AudioEnvelope.KeepRanges([new TimeRange(1, 3), new TimeRange(2, 2.5), new TimeRange(4, 5)], 6, 0);
        Assert.Equal([new TimeRange(0, 1), new TimeRange(3, 4), new TimeRange(5, 6)], removed);
    }

    [Fact]
    public void Silences_NeedTheMinimumLength()
    {
        var db = new double[100];
        for (var i = 0; i < db.Length; i++) db[i] = i is >= 20 and < 30 or >= 50 and < 90 ? -80 : -10;
        var silences = new AudioEnvelope(db, 0.01).Silences(-40, 0.2);
        Assert.Equal([new TimeRange(0.5, 0.9)], silences);
    }

    [Fact]
    public void Snap_RoundsToFramesAndMerges()
    {
        var spans = Cuts.Snap([new TimeRange(0.41, 1.0), new TimeRange(0.99, 1.52), new TimeRange(5.9, 9)], 25, 6);
        Assert.Equal([(10, 38), (148, 150)], spans);
    }

    [Fact]
    public void CropPath_LongPathsStayFlatAndShort()
    {
        var straight = new CropPath(1920, 1080, 608, 1080, Enumerable.Range(0, 1000).Select(i => new CropKeyframe(i * 0.1, i, 0)).ToList());
        Assert.Equal(2, CropPathExpression.Simplify(straight).Count);

        var zigzag = new CropPath(1920, 1080, 608, 1080, Enumerable.Range(0, 3000).Select(i => new CropKeyframe(i * 0.04, i % 2 * 300, 0)).ToList());
        var keys = CropPathExpression.Simplify(zigzag);
        Assert.Equal(CropPathExpression.MaxSegments + 1, keys.Count);
        var expression = CropPathExpression.Build(keys.Select(k => (k.Time, k.X)).ToList());
        Assert.DoesNotContain("if(", expression, StringComparison.Ordinal);
        Assert.True(expression.Length < 12_000);
    }

    [Fact]
    public void CropPath_ExpressionIsStartPlusRamps()
    {
        Assert.Equal("10+5*clip(t-0,0,2)-2.5*clip(t-2,0,4)", CropPathExpression.Build([(0, 10), (2, 20), (6, 10)]));
    }
}
