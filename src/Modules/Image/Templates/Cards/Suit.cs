using MediaCreator.Modules.Image.Templates.Common;
using SkiaSharp;

namespace MediaCreator.Modules.Image.Templates.Cards;

internal enum Suit
{
    Spades,
    Hearts,
    Diamonds,
    Clubs,
}

/// <summary>Suit symbols, letters and colours.</summary>
internal static class Suits
{
    public static readonly SKColor Red = new(0xC8, 0x10, 0x2E);
    public static readonly SKColor Black = new(0x14, 0x14, 0x14);

    public static SKColor Color(Suit suit) => suit is Suit.Hearts or Suit.Diamonds ? Red : Black;

    public static char Letter(Suit suit) => "SHDC"[(int)suit];

    public static SKPath Path(Suit suit, float cx, float cy, float size) => suit switch
    {
        Suit.Spades => Shapes.Spade(cx, cy, size),
        Suit.Hearts => Shapes.Heart(cx, cy, size),
        Suit.Diamonds => Shapes.Diamond(cx, cy, size),
        _ => Shapes.Club(cx, cy, size),
    };
}
