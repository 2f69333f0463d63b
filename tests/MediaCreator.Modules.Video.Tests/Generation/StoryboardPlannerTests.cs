using MediaCreator.Modules.Video.Abstractions;
using MediaCreator.Modules.Video.Generation.Planning;

namespace MediaCreator.Modules.Video.Tests.Generation;

public sealed class StoryboardPlannerTests
{
    private const string Script =
        "Coffee begins as a cherry on a tree in the hills of Ethiopia. Farmers pick the ripe fruit by hand, one branch at a time. " +
        "The beans are dried in the sun for two weeks, turned every few hours so they dry evenly. Then they travel across the ocean to roasters, " +
        "who bring out hundreds of aromas in a few minutes of heat. Finally, a barista grinds them fresh and pours your morning cup.";

    [Fact]
    public void Plan_FromAScript_CoversTheDurationExactlyWithScenesThatReadInTime()
    {
        var board = new StoryboardPlanner().Plan(new StoryboardRequest(null, Script, 36, AspectRatio.Portrait, "cinematic"));

        Assert.Equal(36, board.Scenes.Sum(s => s.Duration), 3);
        for (var i = 1; i < board.Scenes.Count; i++) Assert.Equal(board.Scenes[i - 1].End, board.Scenes[i].Start, 3);
        Assert.InRange(board.Scenes.Count, 5, 9);
        Assert.All(board.Scenes, s => Assert.True(s.Duration >= 2 && (s.Text is null || s.Duration >= s.Text.Split(' ').Length / 2.6),
            $"scene '{s.Text}' lasts {s.Duration:0.00} s"));
        Assert.True(board.Scenes.Count(s => s.Text is null) <= 1);
        Assert.Equal("Coffee Begins as a Cherry on a Tree", board.Title);
        Assert.Equal(Words(Script), Words(string.Join(" ", board.NarrationPhrases)));
        Assert.All(board.Scenes.Skip(1), s => Assert.Equal(("fadeblack", 0.7), (s.Transition, s.TransitionSeconds)));
        Assert.All(board.Scenes, s => Assert.Contains("vertical composition", s.VisualPrompt));
        Assert.All(board.Scenes.Zip(board.Scenes.Skip(1)), p => Assert.NotEqual(p.First.Motion.Kind, p.Second.Motion.Kind));
        Assert.Empty(board.Notes);
    }

    [Fact]
    public void Plan_FromAShortPrompt_MakesSeveralScenesFromItsOwnWords()
    {
        var board = new StoryboardPlanner().Plan(new StoryboardRequest("a red fox exploring a snowy forest at dawn", null, 16, AspectRatio.Landscape));

        Assert.Equal("A Red Fox Exploring a Snowy Forest at Dawn", board.Title);
        Assert.Equal(4, board.Scenes.Count);
        Assert.Equal("a red fox exploring a snowy forest at dawn", board.Scenes[0].Text);
        var focus = board.Scenes.Skip(1).Select(s => s.VisualPrompt).ToList();
        Assert.Collection(focus, p => Assert.Contains(" of red,", p), p => Assert.Contains(" of fox,", p), p => Assert.Contains(" of exploring,", p));
        Assert.All(board.Scenes.Skip(1), s => Assert.Null(s.Text));
        Assert.All(board.Scenes, s => Assert.Contains("widescreen", s.VisualPrompt));
        Assert.Equal(16, board.Scenes.Sum(s => s.Duration), 3);
    }

    [Fact]
    public void Plan_IsDeterministic_AndStyleChangesThePace()
    {
        var planner = new StoryboardPlanner();
        var request = new StoryboardRequest("Why cats sleep so much", Script, 24, AspectRatio.Square, "energetic");
        var a = planner.Plan(request);
        var b = planner.Plan(request);

        Assert.Equal(a.Scenes, b.Scenes);
        Assert.All(a.Scenes.Skip(1), s => Assert.Equal(0.3, s.TransitionSeconds));
        Assert.All(a.Scenes, s => Assert.Equal(0.22, s.Motion.Amount));
        Assert.Equal("Why Cats Sleep so Much", a.Title);
    }

    [Fact]
    public void Plan_WhenTheScriptIsTooLong_KeepsWhatFitsAndSaysSo()
    {
        var board = new StoryboardPlanner().Plan(new StoryboardRequest(null, Script, 10, AspectRatio.Portrait));

        Assert.Equal(10, board.Scenes.Sum(s => s.Duration), 3);
        Assert.StartsWith("Coffee begins as a cherry", board.Scenes[0].Text);
        Assert.True(board.NarrationPhrases.Sum(p => p.Split(' ').Length) / 2.6 <= 10 * 0.85 + 0.01);
        Assert.Contains("were left out", Assert.Single(board.Notes));
    }

    [Fact]
    public void Plan_ThaiScript_CountsSyllablesAndSplitsAtSpaces()
    {
        const string thai = "กาแฟเริ่มต้นจากผลเชอร์รี่บนต้นไม้ ชาวไร่เก็บผลสุกด้วยมือ เมล็ดถูกตากแดดสองสัปดาห์ แล้วนำไปคั่วจนหอม";

        var board = new StoryboardPlanner().Plan(new StoryboardRequest(null, thai, 12, AspectRatio.Portrait, Language: "th"));

        Assert.True(board.Scenes.Count >= 2, string.Join(" | ", board.Scenes.Select(s => s.Text)));
        Assert.Equal(thai.Replace(" ", ""), string.Concat(board.NarrationPhrases).Replace(" ", ""));
        Assert.All(board.Scenes, s => Assert.DoesNotContain("  ", s.Text ?? ""));
        Assert.Equal(12, board.Scenes.Sum(s => s.Duration), 3);
    }

    [Fact]
    public void Plan_WithoutText_IsInvalidInput()
    {
        var e = Assert.Throws<VideoProcessingException>(() => new StoryboardPlanner().Plan(new StoryboardRequest(" ", null, 10, AspectRatio.Portrait)));
        Assert.Equal("INVALID_INPUT", e.Code);
    }

    private static string Words(string text) => string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
