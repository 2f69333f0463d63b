using System.Text;

namespace MediaCreator.Modules.Image.Skia.Design;

/// <summary>SplitMix64: a small, fast, seedable generator, so a design depends only on its request and seed.</summary>
internal sealed class DesignRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextULong()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform in [0, max).</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextULong() % (ulong)max);

    public float Range(float min, float max) => min + (float)NextDouble() * (max - min);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>A child stream, so adding draws in one part of a design does not shift another part.</summary>
    public DesignRandom Fork(string purpose) => new(NextULong() ^ Hash(purpose));

    /// <summary>FNV-1a over UTF-8: stable across processes (unlike <see cref="string.GetHashCode()"/>).</summary>
    public static ulong Hash(string? text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var b in Encoding.UTF8.GetBytes(text ?? ""))
        {
            hash = (hash ^ b) * 0x100000001B3UL;
        }
        return hash;
    }
}
