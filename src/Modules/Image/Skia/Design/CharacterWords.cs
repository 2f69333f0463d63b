using System.Text.RegularExpressions;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>Descriptor words that pin parts of a derived character (colour, ears, accessory).</summary>
internal static class CharacterWords
{
    private static readonly (string Word, float Hue)[] Hues =
    [
        ("red", 2), ("orange", 28), ("yellow", 50), ("gold", 45), ("green", 120), ("mint", 155), ("teal", 175),
        ("blue", 215), ("navy", 225), ("purple", 275), ("violet", 270), ("pink", 335), ("brown", 25),
        ("แดง", 2), ("ส้ม", 28), ("เหลือง", 50), ("เขียว", 120), ("ฟ้า", 205), ("น้ำเงิน", 225), ("ม่วง", 275), ("ชมพู", 335),
    ];

    private static readonly (string Word, CharacterEars Ears)[] EarWords =
    [
        ("cat", CharacterEars.Cat), ("kitten", CharacterEars.Cat), ("fox", CharacterEars.Cat), ("แมว", CharacterEars.Cat),
        ("bear", CharacterEars.Bear), ("panda", CharacterEars.Bear), ("mouse", CharacterEars.Bear), ("หมี", CharacterEars.Bear),
        ("bunny", CharacterEars.Bunny), ("rabbit", CharacterEars.Bunny), ("กระต่าย", CharacterEars.Bunny),
        ("alien", CharacterEars.Antenna), ("robot", CharacterEars.Antenna), ("bug", CharacterEars.Antenna), ("bee", CharacterEars.Antenna),
        ("blob", CharacterEars.None), ("slime", CharacterEars.None), ("ghost", CharacterEars.None),
    ];

    private static readonly (string Word, CharacterAccessory Accessory)[] AccessoryWords =
    [
        ("bow", CharacterAccessory.Bow), ("ribbon", CharacterAccessory.Bow), ("hat", CharacterAccessory.Hat),
        ("scarf", CharacterAccessory.Scarf), ("glasses", CharacterAccessory.Glasses), ("nerd", CharacterAccessory.Glasses),
        ("flower", CharacterAccessory.Flower), ("crown", CharacterAccessory.Crown), ("king", CharacterAccessory.Crown),
        ("queen", CharacterAccessory.Crown), ("princess", CharacterAccessory.Crown),
    ];

    public static float? Hue(string descriptor) => First(Hues, descriptor);

    public static CharacterEars? Ears(string descriptor) => First(EarWords, descriptor);

    public static CharacterAccessory? Accessory(string descriptor) => First(AccessoryWords, descriptor);

    private static T? First<T>((string Word, T Value)[] table, string text) where T : struct
    {
        foreach (var (word, value) in table)
        {
            // Latin words must stand alone ("hat" is not in "that"); Thai has no spaces, so it matches inside text.
            var hit = word[0] < 128 ? Regex.IsMatch(text, $@"\b{word}e?s?\b") : text.Contains(word, StringComparison.Ordinal);
            if (hit) return value;
        }
        return null;
    }
}
