namespace MediaCreator.Modules.Image.Templates.Common;

/// <summary>SplitMix64: a small, fast, seedable generator, so every template is reproducible from its seed.</summary>
internal sealed class SeededRandom(long seed)
{
    private ulong state = unchecked((ulong)seed) ^ 0x9E3779B97F4A7C15UL;

    public ulong NextULong()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, max).</summary>
    public int Next(int max) => max <= 0 ? 0 : (int)(NextULong() % (ulong)max);

    public int Next(int min, int max) => min + Next(max - min);

    public float Range(float min, float max) => min + (float)NextDouble() * (max - min);

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A child generator for one item, independent of how many numbers the parent has drawn.</summary>
    public SeededRandom Fork(long salt) => new(unchecked((long)(state ^ ((ulong)salt * 0x632BE59BD9B4E019UL))));

    /// <summary>A stable 64-bit hash of a string (FNV-1a), for deriving seeds and choices from prompts and names.</summary>
    public static long Hash(string? text)
    {
        var h = 0xcbf29ce484222325UL;
        foreach (var c in text ?? "")
        {
            h ^= c;
            h *= 0x100000001b3UL;
        }
        return unchecked((long)h);
    }
}
