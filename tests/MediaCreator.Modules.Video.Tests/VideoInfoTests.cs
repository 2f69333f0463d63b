using MediaCreator.Modules.Video.Abstractions;

namespace MediaCreator.Modules.Video.Tests;

public sealed class AspectRatioTests
{
    [Theory]
    [InlineData("9:16", 1080, 1920)]
    [InlineData("RATIO_16_9", 1920, 1080)]
    [InlineData("4:5", 1080, 1350)]
    [InlineData("1:1", 1080, 1080)]
    public void Frame_sizes_have_a_1080_short_side(string ratio, int width, int height)
    {
        Assert.Equal((width, height), AspectRatio.Parse(ratio).FrameSize());
    }

    [Fact]
    public void Reduce_snaps_near_standard_frames()
    {
        Assert.Equal("9:16", AspectRatio.Reduce(1080, 1920));
        Assert.Equal("16:9", AspectRatio.Reduce(854, 480));
        Assert.Equal("5:2", AspectRatio.Reduce(700, 280));
    }

    [Fact]
    public void Bad_ratio_is_invalid_input()
    {
        var e = Assert.Throws<VideoProcessingException>(() => AspectRatio.Parse("wide"));
        Assert.Equal("INVALID_INPUT", e.Code);
    }
}
