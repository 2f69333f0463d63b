using System.Text.Json;
using MediaCreator.Modules.InputBrain.Ideas;
using MediaCreator.Modules.InputBrain.Ideas.Templates;
using MediaCreator.Modules.InputBrain.Ideas.Trends;

namespace MediaCreator.Modules.InputBrain.Tests.Templates;

public sealed class TemplateIdeaGeneratorTests
{
    private readonly TemplateIdeaGenerator _generator = new();

    private Task<IReadOnlyList<IdeaVersionPlan>> Generate(IdeaRequest request, TrendProfile? trends = null) =>
        _generator.GenerateAsync(request, trends ?? TrendProfile.Empty, CancellationToken.None);

    [Fact]
    public async Task Versions_AreDistinctAngles_BuiltFromThePromptsOwnWords()
    {
        var versions = await Generate(Requests.Video("street food tour in Bangkok at night", versions: 6, audience: "young travellers"));

        Assert.Equal(6, versions.Count);
        Assert.Equal([0, 1, 2, 3, 4, 5], versions.Select(v => v.Index));
        Assert.Equal(6, versions.Select(v => v.Tags[0]).Distinct().Count()); // six different angles
        Assert.Equal(6, versions.Select(v => v.Title).Distinct().Count());
        Assert.Equal(6, versions.Select(v => v.Hook).Distinct().Count());
        foreach (var v in versions)
        {
            var text = string.Join(' ', [v.Title, v.Hook, .. v.Outline]).ToLowerInvariant();
            Assert.True(text.Contains("street food"), text);
            Assert.True(new[] { "tour", "bangkok", "night" }.Count(text.Contains) >= 1, $"details of the prompt in: {text}");
            Assert.Contains("#streetfood", v.Hashtags);
            Assert.All(v.Hashtags, h => Assert.Matches(@"^#[\p{L}\p{M}\p{N}_]+$", h));
            Assert.Contains(v.VisualStyle, IdeaVocabulary.VisualStyles);
            Assert.Contains(v.MusicMood, IdeaVocabulary.MusicMoods);
            Assert.Contains("young travellers", v.Rationale);
            Assert.Contains("street food", v.PreviewPrompt.ToLowerInvariant());
            Assert.Equal("template", v.Source);
            Assert.InRange(v.Score, 0.35, 1);
            Assert.StartsWith("Idea quality", Assert.Single(v.ScoreReasons));
            Assert.InRange(v.Outline.Count, 3, 12);
        }
    }

    [Fact]
    public async Task Thai_WritesThaiText_AroundTheThaiTopic()
    {
        var versions = await Generate(Requests.Video("ทำคลิปสตรีทฟู้ด เยาวราช ตอนกลางคืน", "th", versions: 3, audience: "นักท่องเที่ยว"));

        foreach (var v in versions)
        {
            Assert.Contains("สตรีทฟู้ด", v.Title + v.Hook); // "ทำคลิป" (make a clip) is stripped from the topic
            Assert.DoesNotContain("ทำคลิป", v.Title);
            Assert.True(TextKeywords.IsThai(v.Title) && TextKeywords.IsThai(v.Hook) && v.Outline.All(TextKeywords.IsThai));
            Assert.DoesNotMatch("[A-Za-z]{4,}", v.Title);
            Assert.Contains("#สตรีทฟู้ด", v.Hashtags);
            Assert.Contains("นักท่องเที่ยว", v.Rationale);
        }
    }

    [Fact]
    public async Task Thai_SetsAnEnglishTopicApartFromTheThaiWords()
    {
        var versions = await Generate(Requests.Video("cheap healthy lunch ideas for students", "th", versions: 3));

        foreach (var v in versions)
        {
            var text = string.Join("\n", [v.Title, v.Hook, .. v.Outline]);
            Assert.Contains("lunch", text);
            Assert.DoesNotMatch(@"[\u0E00-\u0E7F][A-Za-z]|[A-Za-z][\u0E00-\u0E7F]", text);
        }
    }

    [Fact]
    public async Task Formats_FollowPlatformsAspectAndDuration()
    {
        var mixed = await Generate(Requests.Video("sourdough bread at home", versions: 4, platforms: ["tiktok", "youtube"]));
        Assert.Equal(
            [new TargetFormat("tiktok", "9:16", 30), new TargetFormat("youtube", "16:9", 480), new TargetFormat("tiktok", "9:16", 30), new TargetFormat("youtube", "16:9", 480)],
            mixed.Select(v => v.Format));

        var fixedShape = await Generate(Requests.Video("sourdough bread at home", versions: 2, platforms: ["instagram", "facebook"], aspect: "1:1", duration: 45));
        Assert.All(fixedShape, v => Assert.Equal(("1:1", 45.0), (v.Format.AspectRatio, v.Format.DurationSeconds!.Value)));
        Assert.Equal(["instagram", "facebook"], fixedShape.Select(v => v.Format.Platform));

        var image = await Generate(new IdeaRequest("image", "sourdough bread at home", "en", null, null, null, ["instagram"], null, null, 2, [], null));
        Assert.All(image, v => Assert.Equal(new TargetFormat("instagram", "4:5", null), v.Format));
        Assert.All(image, v => Assert.StartsWith("Slide 1: ", v.Outline[0]));
    }

    [Fact]
    public async Task StyleToneAndReferences_AreUsed()
    {
        var versions = await Generate(Requests.Video("sourdough bread at home", versions: 3, style: "vintage", tone: "chill",
            references: [new ReferenceAsset("image", "crumb.jpg", "open crumb close-up")]));

        Assert.All(versions, v => Assert.Equal(("retro", "calm"), (v.VisualStyle, v.MusicMood)));
        Assert.All(versions, v => Assert.Contains("Use the reference image crumb.jpg: open crumb close-up", v.Outline));
        Assert.All(versions, v => Assert.Contains("chill tone", v.Rationale));
    }

    [Fact]
    public async Task SamePrompt_SameVersions_DifferentPrompts_DifferentVersions()
    {
        static string Json(IReadOnlyList<IdeaVersionPlan> v) => JsonSerializer.Serialize(v);
        var request = Requests.Video("street food tour in Bangkok at night", versions: 3);

        var first = await Generate(request);
        var again = await new TemplateIdeaGenerator().GenerateAsync(request, TrendProfile.Empty, CancellationToken.None);
        Assert.Equal(Json(first), Json(again));

        var prompts = new[] { "learn guitar chords fast", "sourdough bread at home", "budget travel in Japan", "home workout for beginners" };
        var angleSets = new HashSet<string>();
        foreach (var prompt in prompts)
        {
            var other = await Generate(Requests.Video(prompt, versions: 3));
            Assert.Empty(other.Select(v => v.Title).Intersect(first.Select(v => v.Title)));
            angleSets.Add(string.Join(",", other.Select(v => v.Tags[0])));
        }
        Assert.True(angleSets.Count > 1, "the angle choice depends on the prompt");
    }

    [Fact]
    public async Task ToneCue_PicksTheMatchingAngle_AndTrendsShapeTheFormat()
    {
        var challenge = await Generate(Requests.Video("spicy noodles", versions: 1, tone: "funny challenge"));
        Assert.Equal("challenge", challenge[0].Tags[0]);

        // No platform asked: the owner's best platform and its usual shape (TikTok, 9:16, 30 s median) are used.
        var trends = TrendProfile.From(TrendRows.StreetFoodChannel(), TrendRows.Now);
        var leaning = await Generate(new IdeaRequest("video", "street food in Hanoi", "en", null, null, null, [], null, null, 2, [], null), trends);
        Assert.All(leaning, v => Assert.Equal(new TargetFormat("tiktok", "9:16", 30), v.Format));
        Assert.Contains("builds on your strong topic 'street food' (2.5x your median views)", leaning[0].Rationale);
    }

    [Fact]
    public async Task Music_UsesSongAngles()
    {
        var versions = await Generate(new IdeaRequest("music", "rainy night in Bangkok", "en", null, null, 60, ["youtube"], null, "nostalgic", 3, [], null));

        Assert.All(versions, v => Assert.Contains(v.Tags[0], new[] { "anthem", "chill-loop", "story-song", "dance-hook", "cinematic", "nostalgia" }));
        Assert.All(versions, v => Assert.Equal("sad", v.MusicMood)); // "nostalgic" is a sad word for the composer
        Assert.All(versions, v => Assert.Contains("rainy night", (v.Title + v.Hook).ToLowerInvariant()));
    }

    [Fact]
    public async Task InvalidRequest_IsRejectedWithEveryProblem()
    {
        var error = await Assert.ThrowsAsync<IdeaGenerationException>(() => Generate(
            new IdeaRequest("podcast", " ", "en", null, "3:2", -1, ["myspace"], null, null, 9, [], null)));
        Assert.Equal(IdeaErrorCodes.InvalidRequest, error.Code);
        foreach (var word in new[] { "contentType 'podcast'", "prompt is empty", "aspectRatio '3:2'", "durationSeconds", "platform 'myspace'", "versionCount 9" })
            Assert.Contains(word, error.Message);
    }
}
