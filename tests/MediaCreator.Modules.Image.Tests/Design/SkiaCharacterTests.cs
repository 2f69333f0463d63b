using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Skia.Design;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Tests.Design;

public sealed class SkiaCharacterTests
{
    private static readonly CharacterSpec Mochi = new("Mochi", "pink bunny with a bow", 42, []);
    private static readonly CharacterSpec Bolt = new("Bolt", "blue robot with glasses", 7, []);

    [Fact]
    public void Derive_IsDeterministic_AndFollowsTheDescriptor()
    {
        var mochi = SkiaCharacter.From(Mochi);

        Assert.Equal(mochi, SkiaCharacter.From(Mochi with { }));
        Assert.Equal(CharacterEars.Bunny, mochi.Ears);
        Assert.Equal(CharacterAccessory.Bow, mochi.Accessory);
        SKColor.Parse(mochi.BodyColor).ToHsl(out var hue, out _, out _);
        Assert.InRange(hue, 320, 350);

        var bolt = SkiaCharacter.From(Bolt);
        Assert.Equal(CharacterEars.Antenna, bolt.Ears);
        Assert.Equal(CharacterAccessory.Glasses, bolt.Accessory);
        Assert.NotEqual(mochi.BodyColor, bolt.BodyColor);
    }

    [Fact]
    public void ToJson_RoundTripsThroughLookJson()
    {
        var mochi = SkiaCharacter.From(Mochi);
        var json = mochi.ToJson();

        Assert.Contains("\"ears\":\"bunny\"", json);
        Assert.Equal(mochi, SkiaCharacter.From(new CharacterSpec("Renamed", "green cat", 1, [], LookJson: json)));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("{\"name\":\"x\",\"bodyColor\":\"pink\"}")]
    public void BadLookJson_IsInvalidInput(string json)
    {
        var e = Assert.Throws<ImageProviderException>(() => SkiaCharacter.From(new CharacterSpec("x", null, 1, [], LookJson: json)));

        Assert.Equal(ImageProviderErrorCodes.InvalidInput, e.Code);
    }

    [Fact]
    public void SameCharacter_LooksTheSame_InDesignsWithDifferentPromptsLayoutsAndSizes()
    {
        var body = SKColor.Parse(SkiaCharacter.From(Mochi).BodyColor);
        var first = Sprite("a day at the beach \"Summer\"", "cute", 200, 200, 1, Mochi);
        var second = Sprite("reading books in the library", "minimal", 260, 160, 9, Mochi);
        var other = Sprite("a day at the beach \"Summer\"", "cute", 200, 200, 1, Bolt);

        var firstMask = DesignPixels.Mask(first.Sprite, body);
        var secondMask = DesignPixels.Mask(second.Sprite, body);
        Assert.NotEqual(first.Layout, second.Layout);
        Assert.True(firstMask.Count(m => m) > 64 * 64 / 8, "the character's body colour barely shows");
        Assert.True(DesignPixels.IntersectionOverUnion(firstMask, secondMask) > 0.85, "the same character changed shape");

        // A different character: another body colour, so Mochi's silhouette is gone.
        Assert.True(DesignPixels.Mask(other.Sprite, body).Count(m => m) < firstMask.Count(m => m) / 10);
        first.Sprite.Dispose();
        second.Sprite.Dispose();
        other.Sprite.Dispose();
    }

    private static (SKBitmap Sprite, DesignLayout Layout) Sprite(string prompt, string style, int width, int height, long seed, CharacterSpec character)
    {
        var request = new ImageGenerateRequest(prompt, style, width, height, seed, Character: character);
        var plan = new SkiaDesignEngine().Plan(request);
        using var result = new SkiaDesignEngine().Generate(request, CancellationToken.None);
        Assert.Equal(SkiaCharacter.From(character), plan.Character);
        return (DesignPixels.Crop(result.Bitmap, plan.Frame.HeroRect, 64), plan.Layout);
    }
}
