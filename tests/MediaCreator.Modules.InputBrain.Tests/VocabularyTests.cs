using System.Text.RegularExpressions;
using MediaCreator.Modules.InputBrain.Ideas;

namespace MediaCreator.Modules.InputBrain.Tests;

public sealed partial class VocabularyTests
{
    private static string Source(string relative)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MediaCreator.sln"))) dir = dir.Parent;
        return File.ReadAllText(Path.Combine(dir!.FullName, relative));
    }

    [Fact]
    public void Styles_AreTheSkiaDesignEngineStyles()
    {
        var catalog = Source("src/Modules/Image/Skia/Design/StyleCatalog.cs");
        var keys = StyleKey().Matches(catalog).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(keys.OrderBy(k => k), IdeaVocabulary.VisualStyles.OrderBy(k => k));
    }

    [Fact]
    public void Moods_AreTheComposerMoods()
    {
        var words = Source("src/Modules/Audio/Generation/PromptWords.cs");
        var moods = MoodName().Matches(words).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(moods.OrderBy(k => k), IdeaVocabulary.MusicMoods.OrderBy(k => k));
    }

    [Theory]
    [InlineData("vintage", "retro")]
    [InlineData("Cyberpunk city", "neon")]
    [InlineData("retr0", "retro")]
    [InlineData("มินิมอล", "minimal")]
    [InlineData("watercolour-ish-thing", null)]
    public void NearestStyle(string text, string? expected) => Assert.Equal(expected, IdeaVocabulary.NearestStyle(text));

    [Theory]
    [InlineData("upbeat", "energetic")]
    [InlineData("energtic", "energetic")]
    [InlineData("chill vibes", "calm")]
    [InlineData("เศร้า", "sad")]
    [InlineData("spreadsheet", null)]
    public void NearestMood(string text, string? expected) => Assert.Equal(expected, IdeaVocabulary.NearestMood(text));

    [Theory]
    [InlineData("street food", "#streetfood")]
    [InlineData("#Street-Food!", "#streetfood")]
    [InlineData("สตรีท ฟู้ด", "#สตรีทฟู้ด")]
    [InlineData("!!!", null)]
    public void Hashtags(string text, string? expected) => Assert.Equal(expected, IdeaVocabulary.Hashtag(text));

    [GeneratedRegex("new\\(\"([a-z0-9]+)\", \\[\\s*DesignPalette")]
    private static partial Regex StyleKey();

    [GeneratedRegex("new\\(\"([a-z]+)\", \\[\"")]
    private static partial Regex MoodName();
}
