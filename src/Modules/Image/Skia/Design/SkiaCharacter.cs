using System.Text.Json;
using System.Text.Json.Serialization;
using MediaCreator.Modules.Image.Abstractions;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Skia.Design;

internal enum CharacterBody { Round, Pear, Square, Bean }

internal enum CharacterEars { None, Cat, Bear, Bunny, Antenna }

internal enum CharacterEyes { Dot, Oval, Sparkle, Sleepy }

internal enum CharacterAccessory { None, Bow, Hat, Scarf, Glasses, Flower, Crown }

/// <summary>
/// The locked look of a <c>skia</c> character: the same record draws the same mascot in every design of a series.
/// Derived deterministically from <see cref="CharacterSpec"/> (name, descriptor, seed) or read from its
/// <see cref="CharacterSpec.LookJson"/>; <see cref="ToJson"/> is what the lead stores back into LookJson.
/// </summary>
/// <param name="HeadScale">Head radius as a fraction of the box (0.20..0.32).</param>
/// <param name="BodyWidth">Body width as a fraction of the box (0.40..0.70).</param>
/// <param name="BodyHeight">Body height as a fraction of the box (0.30..0.45).</param>
internal sealed record SkiaCharacter(
    string Name,
    CharacterBody Body,
    CharacterEars Ears,
    CharacterEyes Eyes,
    CharacterAccessory Accessory,
    float HeadScale,
    float BodyWidth,
    float BodyHeight,
    string BodyColor,
    string BellyColor,
    string AccentColor,
    string OutlineColor,
    bool Cheeks)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The character for a spec: its LookJson when given, else derived from name, descriptor and seed.</summary>
    public static SkiaCharacter From(CharacterSpec spec) =>
        string.IsNullOrWhiteSpace(spec.LookJson) ? Derive(spec) : Parse(spec.LookJson);

    public static SkiaCharacter Parse(string json)
    {
        SkiaCharacter? look;
        try
        {
            look = JsonSerializer.Deserialize<SkiaCharacter>(json, Json);
        }
        catch (JsonException e)
        {
            throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, $"Character lookJson is not a skia character: {e.Message}", inner: e);
        }
        if (look is null || !IsColor(look.BodyColor) || !IsColor(look.BellyColor) || !IsColor(look.AccentColor) || !IsColor(look.OutlineColor))
        {
            throw new ImageProviderException(ImageProviderErrorCodes.InvalidInput, "Character lookJson needs bodyColor, bellyColor, accentColor and outlineColor as #RRGGBB.");
        }
        return look with
        {
            HeadScale = Math.Clamp(look.HeadScale, 0.20f, 0.32f),
            BodyWidth = Math.Clamp(look.BodyWidth, 0.40f, 0.70f),
            BodyHeight = Math.Clamp(look.BodyHeight, 0.30f, 0.45f),
        };
    }

    public static SkiaCharacter Derive(CharacterSpec spec)
    {
        var descriptor = $"{spec.Name} {spec.Descriptor}".ToLowerInvariant();
        var rng = new DesignRandom(DesignRandom.Hash(spec.Name.Trim().ToLowerInvariant()) ^ DesignRandom.Hash(spec.Descriptor) ^ (ulong)spec.Seed);
        var hue = CharacterWords.Hue(descriptor) ?? rng.Range(0, 360);
        var body = ColorMath.FromHsl(hue, rng.Range(0.55f, 0.8f), rng.Range(0.55f, 0.7f));
        var belly = ColorMath.FromHsl(hue + rng.Range(-15, 15), 0.5f, 0.88f);
        var accent = ColorMath.FromHsl(hue + rng.Pick(new[] { 150f, 180f, 210f }), 0.75f, 0.55f);
        var outline = ColorMath.FromHsl(hue, 0.35f, 0.16f);
        return new SkiaCharacter(
            spec.Name.Trim(),
            rng.Pick(Enum.GetValues<CharacterBody>()),
            CharacterWords.Ears(descriptor) ?? rng.Pick(Enum.GetValues<CharacterEars>()),
            rng.Pick(Enum.GetValues<CharacterEyes>()),
            CharacterWords.Accessory(descriptor) ?? rng.Pick(Enum.GetValues<CharacterAccessory>()),
            MathF.Round(rng.Range(0.21f, 0.30f), 3),
            MathF.Round(rng.Range(0.44f, 0.66f), 3),
            MathF.Round(rng.Range(0.32f, 0.42f), 3),
            ColorMath.ToHex(body), ColorMath.ToHex(belly), ColorMath.ToHex(accent), ColorMath.ToHex(outline),
            rng.Chance(0.6));
    }

    private static bool IsColor(string? hex) => hex is { Length: 7 } && hex[0] == '#' && SKColor.TryParse(hex, out _);
}
