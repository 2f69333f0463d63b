using MediaCreator.Modules.Image.Abstractions;
using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Line;

/// <summary>The locked look of a set's character: species and colours, from the prompt, the character and the seed.</summary>
internal sealed record MascotLook(string Species, SKColor Body, SKColor Belly, SKColor Cheek, SKColor Ink)
{
    public static readonly string[] SpeciesNames = ["cat", "bear", "bunny", "dog", "chick", "blob"];

    private static readonly (string Word, string Species)[] Words =
    [
        ("cat", "cat"), ("kitten", "cat"), ("แมว", "cat"), ("bear", "bear"), ("หมี", "bear"), ("bunny", "bunny"),
        ("rabbit", "bunny"), ("กระต่าย", "bunny"), ("dog", "dog"), ("puppy", "dog"), ("หมา", "dog"), ("chick", "chick"),
        ("bird", "chick"), ("duck", "chick"), ("ไก่", "chick"), ("blob", "blob"), ("slime", "blob"),
    ];

    private static readonly string[] BodyColors = ["#FFC857", "#F7A1C4", "#9AD0EC", "#B8E0A8", "#F4A261", "#D7C0F5", "#FFFFFF", "#C8A27A"];

    public static MascotLook From(TemplateRequest request, TemplateOptions options)
    {
        var character = request.Character;
        var describe = $"{character?.Name} {character?.Descriptor} {request.Prompt}".ToLowerInvariant();
        // a locked character keeps its look whatever the request seed is
        var rng = new SeededRandom(character is null ? request.Seed : character.Seed ^ SeededRandom.Hash(character.Name));
        var species = options.String("species")?.ToLowerInvariant()
                      ?? Words.FirstOrDefault(w => describe.Contains(w.Word)).Species
                      ?? rng.Pick(SpeciesNames);
        if (!SpeciesNames.Contains(species)) throw options.Invalid($"unknown species '{species}' (use {string.Join(", ", SpeciesNames)})");
        var body = options.Color("color", ColorFromWords(describe) ?? SKColor.Parse(rng.Pick(BodyColors)));
        var belly = Blend(body, SKColors.White, 0.6f);
        return new MascotLook(species, body, belly, new SKColor(0xFF, 0x8F, 0xA3, 170), new SKColor(0x3B, 0x2A, 0x20));
    }

    private static SKColor? ColorFromWords(string text) =>
        new (string Word, string Hex)[]
        {
            ("pink", "#F7A1C4"), ("yellow", "#FFD45C"), ("blue", "#9AD0EC"), ("green", "#B8E0A8"), ("orange", "#F4A261"),
            ("purple", "#D7C0F5"), ("white", "#FFFFFF"), ("brown", "#C8A27A"), ("grey", "#C9CCD1"), ("gray", "#C9CCD1"),
        }.Where(c => text.Contains(c.Word)).Select(c => (SKColor?)SKColor.Parse(c.Hex)).FirstOrDefault();

    public static SKColor Blend(SKColor a, SKColor b, float t) => new(
        (byte)(a.Red + (b.Red - a.Red) * t), (byte)(a.Green + (b.Green - a.Green) * t), (byte)(a.Blue + (b.Blue - a.Blue) * t));
}
