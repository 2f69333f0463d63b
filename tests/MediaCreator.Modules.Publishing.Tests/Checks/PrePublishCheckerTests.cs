using MediaCreator.Modules.Publishing.Checks;
using MediaCreator.Modules.Publishing.Platforms;

namespace MediaCreator.Modules.Publishing.Tests.Checks;

public sealed class PrePublishCheckerTests
{
    private const long GB = 1024L * 1024 * 1024;
    private static readonly PrePublishChecker Checker = new();
    private static readonly PrePublishContext Declared = new(MadeForKidsDeclared: true);
    private static readonly MediaFile Landscape = new("/m/v.mp4", "video/mp4", 50_000_000, 120, 1920, 1080);
    private static readonly MediaFile Vertical = new("/m/v.mp4", "video/mp4", 50_000_000, 45, 1080, 1920);
    private static readonly PostDetails Good = new("A good title", "A good description", ["ai", "news"]);

    private static IReadOnlyList<PublishProblem> Check(string platform, MediaFile media, PostDetails? details = null, PrePublishContext? context = null) =>
        Checker.Check(platform, media, details ?? Good, context ?? Declared);

    private static PublishProblem Only(IReadOnlyList<PublishProblem> problems, string code) => Assert.Single(problems, p => p.Code == code);

    [Theory]
    [InlineData("youtube")]
    [InlineData("facebook")]
    [InlineData("folder")]
    [InlineData("webhook")]
    public void ValidPost_HasNoProblems(string platform) => Assert.Empty(Check(platform, Landscape));

    [Fact]
    public void ValidTikTokAndRssPosts_HaveNoProblems()
    {
        Assert.Empty(Check("tiktok", Vertical));
        Assert.Empty(Check("rss_feed", new MediaFile("/m/a.mp3", "audio/mpeg", 1000, 600, null, null)));
    }

    [Theory]
    [InlineData("youtube")]
    [InlineData("tiktok")]
    [InlineData("facebook")]
    [InlineData("rss_feed")]
    [InlineData("folder")]
    [InlineData("webhook")]
    public void EveryPlatform_NeedsTitleAudienceAndSyntheticDisclosure(string platform)
    {
        var problems = Checker.Check(platform, Vertical, Good with { Title = "  ", ContainsSyntheticMedia = false });
        Assert.Equal("title", Only(problems, ProblemCodes.TitleMissing).Field);
        Assert.Equal(PublishProblemSeverity.Error, Only(problems, ProblemCodes.MadeForKidsUndeclared).Severity);
        Assert.Equal("containsSyntheticMedia", Only(problems, ProblemCodes.SyntheticMediaUndisclosed).Field);
    }

    [Fact]
    public void HumanMadeContent_NeedsNoSyntheticDisclosure_AndUnknownPlatformsAreRefused()
    {
        Assert.Empty(Check("youtube", Landscape, Good with { ContainsSyntheticMedia = false }, Declared with { IsAiGenerated = false }));
        Assert.Equal("platform", Only(Check("myspace", Landscape), ProblemCodes.PlatformUnknown).Field);
    }

    [Fact]
    public void YouTube_Title_Max100Characters_NoAngleBrackets()
    {
        Assert.Empty(Check("youtube", Landscape, Good with { Title = new string('ก', 100) }));
        Assert.Equal("title", Only(Check("youtube", Landscape, Good with { Title = new string('a', 101) }), ProblemCodes.TitleTooLong).Field);
        Only(Check("youtube", Landscape, Good with { Title = "Best <tips>" }), ProblemCodes.TitleInvalidCharacters);
        Only(Check("youtube", Landscape, Good with { Description = "a > b" }), ProblemCodes.DescriptionInvalidCharacters);
    }

    [Fact]
    public void YouTube_Description_Max5000Bytes_SoThaiCountsThreeBytesPerCharacter()
    {
        Assert.Empty(Check("youtube", Landscape, Good with { Description = new string('a', 5000) }));
        Only(Check("youtube", Landscape, Good with { Description = new string('a', 5001) }), ProblemCodes.DescriptionTooLong);
        var thai = new string('ก', 1700); // 1,700 characters but 5,100 bytes
        Assert.Equal("description", Only(Check("youtube", Landscape, Good with { Description = thai }), ProblemCodes.DescriptionTooLong).Field);
    }

    [Fact]
    public void YouTube_Tags_Total500_CountingCommasAndQuotes()
    {
        string[] fits = [.. Enumerable.Repeat(new string('a', 9), 50)]; // 50*9 + 49 commas = 499
        Assert.Equal(499, PrePublishChecker.YouTubeTagsLength(fits));
        Assert.Empty(Check("youtube", Landscape, Good with { Tags = fits }));
        string[] spaced = [.. fits[..49], "a b c d"]; // 49*9 + 7 + 2 quotes + 49 commas = 499
        Assert.Equal(499, PrePublishChecker.YouTubeTagsLength(spaced));
        string[] over = [.. fits[..49], "a b c d e"];
        Assert.Equal("tags", Only(Check("youtube", Landscape, Good with { Tags = over }), ProblemCodes.TagsTooLong).Field);
    }

    [Fact]
    public void YouTube_SizeFormatAndDuration()
    {
        Only(Check("youtube", Landscape with { SizeBytes = 256 * GB + 1 }), ProblemCodes.FileTooLarge);
        Only(Check("youtube", Landscape with { MimeType = "audio/mpeg" }), ProblemCodes.FormatUnsupported);
        Assert.Empty(Check("youtube", Landscape with { MimeType = "video/webm" }));
        Only(Check("youtube", Landscape with { DurationSeconds = 12 * 3600 + 1 }, context: Declared with { YouTubeChannelVerified = true }), ProblemCodes.DurationTooLong);
        Assert.Empty(Check("youtube", Landscape with { DurationSeconds = 12 * 3600 }, context: Declared with { YouTubeChannelVerified = true }));
        var unverified = Only(Check("youtube", Landscape with { DurationSeconds = 15 * 60 + 1 }), ProblemCodes.DurationNeedsVerifiedChannel);
        Assert.Equal(PublishProblemSeverity.Warning, unverified.Severity);
        Assert.Empty(Check("youtube", Landscape with { DurationSeconds = 15 * 60 }));
        Assert.Equal(PublishProblemSeverity.Warning, Only(Check("youtube", Landscape with { DurationSeconds = null }), ProblemCodes.DurationUnknown).Severity);
    }

    [Fact]
    public void YouTube_Shorts_AreVerticalAndAtMost3Minutes()
    {
        var shorts = Good with { Tags = ["#Shorts"] };
        Assert.Empty(Check("youtube", Vertical, shorts));
        Assert.Empty(Check("youtube", Vertical with { Width = 1080, Height = 1080, DurationSeconds = 180 }, shorts));
        Only(Check("youtube", Landscape, shorts), ProblemCodes.ShortNotVertical);
        Only(Check("youtube", Vertical with { DurationSeconds = 181 }, Good with { Title = "Quick tip #shorts" }), ProblemCodes.ShortTooLong);
        Only(Check("youtube", Landscape, context: Declared with { IsYouTubeShort = true }), ProblemCodes.ShortNotVertical);
        Assert.Empty(Check("youtube", Landscape, shorts, Declared with { IsYouTubeShort = false }));
    }

    [Fact]
    public void TikTok_Duration3SecondsTo10Minutes()
    {
        Only(Check("tiktok", Vertical with { DurationSeconds = 2.9 }), ProblemCodes.DurationTooShort);
        Assert.Empty(Check("tiktok", Vertical with { DurationSeconds = 3 }));
        Assert.Empty(Check("tiktok", Vertical with { DurationSeconds = 600 }));
        Only(Check("tiktok", Vertical with { DurationSeconds = 601 }), ProblemCodes.DurationTooLong);
    }

    [Fact]
    public void TikTok_FormatsSizeAndCaption()
    {
        Assert.Empty(Check("tiktok", Vertical with { MimeType = "video/quicktime" }));
        Assert.Empty(Check("tiktok", Vertical with { MimeType = "video/webm" }));
        Only(Check("tiktok", Vertical with { MimeType = "video/x-msvideo" }), ProblemCodes.FormatUnsupported);
        Only(Check("tiktok", Vertical with { SizeBytes = 4 * GB + 1 }), ProblemCodes.FileTooLarge);
        var caption = Good with { Title = new string('t', 1000), Description = new string('d', 1198) }; // + 2 newlines = 2200
        Assert.Empty(Check("tiktok", Vertical, caption));
        Only(Check("tiktok", Vertical, caption with { Description = new string('d', 1199) }), ProblemCodes.CaptionTooLong);
    }

    [Fact]
    public void TikTok_Resolution360Minimum_And916Recommended()
    {
        Only(Check("tiktok", Vertical with { Width = 270, Height = 480 }), ProblemCodes.ResolutionTooLow);
        Assert.Empty(Check("tiktok", Vertical with { Width = 360, Height = 640 }));
        Only(Check("tiktok", Vertical with { Width = 2160, Height = 4800 }), ProblemCodes.ResolutionTooHigh);
        var aspect = Only(Check("tiktok", Landscape), ProblemCodes.AspectNotRecommended);
        Assert.Equal(PublishProblemSeverity.Warning, aspect.Severity);
        Assert.Equal("media.dimensions", aspect.Field);
        Assert.Equal(PublishProblemSeverity.Warning, Only(Check("tiktok", Vertical with { Width = null }), ProblemCodes.DimensionsUnknown).Severity);
    }

    [Fact]
    public void Facebook_Limits()
    {
        Only(Check("facebook", Landscape with { SizeBytes = 10 * GB + 1 }), ProblemCodes.FileTooLarge);
        Assert.Empty(Check("facebook", Landscape with { DurationSeconds = 240 * 60 }));
        Only(Check("facebook", Landscape with { DurationSeconds = 240 * 60 + 1 }), ProblemCodes.DurationTooLong);
        Assert.Empty(Check("facebook", Landscape, Good with { Title = new string('a', 255), Description = new string('d', 63_206) }));
        Only(Check("facebook", Landscape, Good with { Title = new string('a', 256) }), ProblemCodes.TitleTooLong);
        Only(Check("facebook", Landscape, Good with { Description = new string('d', 63_207) }), ProblemCodes.DescriptionTooLong);
        Only(Check("facebook", Landscape with { MimeType = "image/png" }), ProblemCodes.FormatUnsupported);
    }

    [Fact]
    public void Rss_TakesAudioOrVideoOnly_WarningForTypesAppsMayNotPlay()
    {
        Assert.Empty(Check("rss_feed", Landscape));
        Assert.Empty(Check("rss_feed", Landscape with { MimeType = "audio/x-m4a" }));
        Only(Check("rss_feed", Landscape with { MimeType = "application/pdf" }), ProblemCodes.FormatUnsupported);
        var ogg = Only(Check("rss_feed", Landscape with { MimeType = "audio/ogg" }), ProblemCodes.FormatNotRecommended);
        Assert.Equal(PublishProblemSeverity.Warning, ogg.Severity);
    }

    [Fact]
    public void EmptyFile_IsAnErrorEverywhere() =>
        Assert.Equal("media.size", Only(Check("webhook", Landscape with { SizeBytes = 0 }), ProblemCodes.FileEmpty).Field);
}
