using SkiaSharp;
using static MediaCreator.Modules.Image.Skia.Design.PaintRole;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>
/// The motif vocabulary: prompt words (English and Thai, with common synonyms) mapped to vector motifs, and
/// geometric fallbacks (blob, rings, hexagon, triangles, squiggle) for subjects the vocabulary does not know.
/// </summary>
internal static partial class MotifShapes
{
    private static readonly Dictionary<string, Func<Motif>> Factories = new()
    {
        ["cat"] = Cat, ["dog"] = Dog, ["bird"] = Bird, ["fish"] = Fish, ["bear"] = Bear, ["rabbit"] = Rabbit,
        ["butterfly"] = Butterfly, ["heart"] = Heart, ["star"] = Star, ["flower"] = Flower, ["tree"] = Tree,
        ["sun"] = Sun, ["moon"] = Moon, ["cloud"] = Cloud, ["mountain"] = Mountain, ["leaf"] = Leaf,
        ["rainbow"] = Rainbow, ["planet"] = Planet, ["house"] = House, ["coffee"] = Coffee, ["rocket"] = Rocket,
        ["balloon"] = Balloon, ["cake"] = Cake, ["music"] = Music, ["car"] = Car, ["umbrella"] = Umbrella,
        ["ice cream"] = IceCream, ["lightning"] = Lightning, ["gem"] = Gem, ["book"] = Book,
    };

    private static readonly Dictionary<string, string> Words = BuildWords();

    // Thai has no spaces, so Thai words are found as substrings of the prompt.
    private static readonly (string Thai, string Motif)[] ThaiWords =
    [
        ("แมว", "cat"), ("หมา", "dog"), ("สุนัข", "dog"), ("นก", "bird"), ("ปลา", "fish"), ("หมี", "bear"),
        ("กระต่าย", "rabbit"), ("ผีเสื้อ", "butterfly"), ("หัวใจ", "heart"), ("ดาว", "star"), ("ดอกไม้", "flower"),
        ("ต้นไม้", "tree"), ("ดวงอาทิตย์", "sun"), ("พระอาทิตย์", "sun"), ("พระจันทร์", "moon"), ("ดวงจันทร์", "moon"),
        ("เมฆ", "cloud"), ("ภูเขา", "mountain"), ("ใบไม้", "leaf"), ("รุ้ง", "rainbow"), ("บ้าน", "house"),
        ("กาแฟ", "coffee"), ("จรวด", "rocket"), ("ลูกโป่ง", "balloon"), ("เค้ก", "cake"), ("ดนตรี", "music"),
        ("เพลง", "music"), ("รถ", "car"), ("ร่ม", "umbrella"), ("ไอศกรีม", "ice cream"), ("หนังสือ", "book"),
    ];

    public static IReadOnlyCollection<string> Known => Factories.Keys;

    /// <summary>The known motifs a prompt mentions, in prompt order, without repeats.</summary>
    public static IReadOnlyList<string> Find(string prompt, IReadOnlyList<string> words)
    {
        var found = new List<(int Position, string Motif)>();
        for (var i = 0; i < words.Count; i++)
        {
            if (Words.TryGetValue(words[i], out var motif) || Words.TryGetValue(Singular(words[i]), out motif)) found.Add((i * 1000, motif));
            if (i + 1 < words.Count && Words.TryGetValue($"{words[i]} {words[i + 1]}", out var two)) found.Add((i * 1000, two));
        }
        // Longest Thai words first; a shorter word inside or across a longer match is not a word of its own
        // (นก "bird" in ร้านกาแฟ: the น ending ร้าน and the ก starting กาแฟ).
        var taken = new bool[prompt.Length];
        foreach (var (thai, motif) in ThaiWords.OrderByDescending(w => w.Thai.Length))
        {
            for (var at = prompt.IndexOf(thai, StringComparison.Ordinal); at >= 0; at = prompt.IndexOf(thai, at + 1, StringComparison.Ordinal))
            {
                if (taken.AsSpan(at, thai.Length).Contains(true)) continue;
                taken.AsSpan(at, thai.Length).Fill(true);
                found.Add((at, motif));
                break;
            }
        }
        return found.OrderBy(f => f.Position).Select(f => f.Motif).Distinct().ToArray();
    }

    /// <summary>A known motif by name, or a geometric motif derived from <paramref name="name"/>'s hash.</summary>
    public static Motif Create(string name) =>
        Factories.TryGetValue(name, out var factory) ? factory() : Geometric(name);

    /// <summary>Unknown subjects get an abstract shape; the same word always gets the same shape.</summary>
    public static Motif Geometric(string word)
    {
        var rng = new DesignRandom(DesignRandom.Hash(word));
        var b = new MotifBuilder($"shape:{word}");
        switch (rng.Next(5))
        {
            case 0:
                b.Svg(Primary, BlobPathData(rng, 50, 50, 44)).Svg(Secondary, BlobPathData(rng, 56, 44, 18));
                break;
            case 1:
                b.Circle(Primary, 50, 50, 46).Circle(Paper, 50, 50, 33).Circle(Secondary, 50, 50, 22).Circle(Accent, 50, 50, 10);
                break;
            case 2:
                b.Star(Primary, 50, 50, 47, 47 * 0.866f, 3, -90).Star(Secondary, 50, 50, 30, 30 * 0.866f, 3, 90);
                break;
            case 3:
                b.Poly(Primary, 50, 4, 90, 27, 90, 73, 50, 96, 10, 73, 10, 27).Poly(Accent, 50, 26, 71, 38, 71, 62, 50, 74, 29, 62, 29, 38);
                break;
            default:
                b.Poly(Primary, 8, 86, 40, 20, 72, 86).Poly(Secondary, 40, 86, 66, 40, 94, 86).Circle(Accent, 76, 22, 10);
                break;
        }
        return b.Build();
    }

    /// <summary>A soft organic blob (background decoration) in Primary with a Secondary inner blob.</summary>
    public static Motif Blob(ulong seed)
    {
        var rng = new DesignRandom(seed);
        return new MotifBuilder("blob").Svg(Primary, BlobPathData(rng, 50, 50, 44)).Svg(Secondary, BlobPathData(rng, 56, 44, 18)).Build();
    }

    private static string BlobPathData(DesignRandom rng, float cx, float cy, float radius)
    {
        const int points = 7;
        var p = new SKPoint[points];
        for (var i = 0; i < points; i++)
        {
            var a = i * 2 * MathF.PI / points;
            var r = radius * rng.Range(0.7f, 1f);
            p[i] = new SKPoint(cx + r * MathF.Cos(a), cy + r * MathF.Sin(a));
        }
        // Closed smooth curve through midpoints, control points on the polygon vertices.
        using var path = new SKPathBuilder();
        var start = Mid(p[points - 1], p[0]);
        path.MoveTo(start);
        for (var i = 0; i < points; i++) path.QuadTo(p[i], Mid(p[i], p[(i + 1) % points]));
        path.Close();
        using var closed = path.Detach();
        return closed.ToSvgPathData();
    }

    private static SKPoint Mid(SKPoint a, SKPoint b) => new((a.X + b.X) / 2, (a.Y + b.Y) / 2);

    private static string Singular(string word) =>
        word.EndsWith("ies", StringComparison.Ordinal) && word.Length > 4 ? word[..^3] + "y"
        : word.EndsWith('s') && word.Length > 3 && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;

    private static Dictionary<string, string> BuildWords()
    {
        var synonyms = new Dictionary<string, string[]>
        {
            ["cat"] = ["cat", "kitten", "kitty", "meow", "neko"], ["dog"] = ["dog", "puppy", "pup", "doggo", "corgi", "shiba"],
            ["bird"] = ["bird", "parrot", "sparrow", "chick", "owl", "duck"], ["fish"] = ["fish", "goldfish", "koi", "ocean", "sea", "aquarium"],
            ["bear"] = ["bear", "teddy", "panda"], ["rabbit"] = ["rabbit", "bunny", "hare", "easter"],
            ["butterfly"] = ["butterfly", "moth"], ["heart"] = ["heart", "love", "valentine", "romance"],
            ["star"] = ["star", "stars", "sparkle", "galaxy", "night"], ["flower"] = ["flower", "floral", "rose", "blossom", "daisy", "tulip", "bloom", "sakura", "garden", "spring"],
            ["tree"] = ["tree", "forest", "pine", "oak", "woods"], ["sun"] = ["sun", "sunny", "summer", "sunshine", "sunrise", "sunset"],
            ["moon"] = ["moon", "lunar", "crescent", "dream", "sleep"], ["cloud"] = ["cloud", "cloudy", "rain", "weather", "sky"],
            ["mountain"] = ["mountain", "hike", "hiking", "peak", "alps", "adventure", "camping"], ["leaf"] = ["leaf", "leaves", "plant", "autumn", "fall", "eco"],
            ["rainbow"] = ["rainbow", "pride"], ["planet"] = ["planet", "space", "saturn", "universe", "cosmos"],
            ["house"] = ["house", "home", "cottage", "cabin", "real estate"], ["coffee"] = ["coffee", "cup", "mug", "tea", "cafe", "latte", "espresso", "coffee cup"],
            ["rocket"] = ["rocket", "launch", "startup", "spaceship"], ["balloon"] = ["balloon", "party", "celebration"],
            ["cake"] = ["cake", "birthday", "cupcake", "bakery", "dessert"], ["music"] = ["music", "song", "note", "melody", "concert", "band"],
            ["car"] = ["car", "auto", "drive", "road trip", "taxi"], ["umbrella"] = ["umbrella", "rainy", "monsoon"],
            ["ice cream"] = ["ice cream", "icecream", "gelato", "sundae"], ["lightning"] = ["lightning", "thunder", "bolt", "energy", "electric", "flash"],
            ["gem"] = ["gem", "diamond", "jewel", "crystal", "jewelry"], ["book"] = ["book", "books", "reading", "library", "study", "school"],
        };
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (motif, list) in synonyms)
        {
            foreach (var word in list) words.TryAdd(word, motif);
        }
        return words;
    }
}
