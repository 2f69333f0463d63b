using System.Globalization;

namespace MediaCreator.Modules.Core.Assets.Content;

/// <summary>One <c>bytes=</c> range of a <c>Range</c> header, resolved against the object's size.</summary>
internal readonly record struct ByteRangeHeader(long Offset, long Length)
{
    public enum Outcome { Full, Partial, Unsatisfiable }

    /// <summary>
    /// Multi-range and malformed headers are answered with the whole object (RFC 9110 lets a server ignore Range).
    /// </summary>
    public static Outcome Parse(string? header, long size, out ByteRangeHeader range)
    {
        range = new ByteRangeHeader(0, size);
        if (string.IsNullOrWhiteSpace(header) || !header.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase)) return Outcome.Full;
        var spec = header[6..].Trim();
        if (spec.Contains(',')) return Outcome.Full;
        var dash = spec.IndexOf('-');
        if (dash < 0) return Outcome.Full;
        var (first, last) = (spec[..dash].Trim(), spec[(dash + 1)..].Trim());
        if (first.Length == 0)
        {
            if (!TryParse(last, out var suffix)) return Outcome.Full;
            if (suffix == 0 || size == 0) return Outcome.Unsatisfiable;
            var n = Math.Min(suffix, size);
            range = new ByteRangeHeader(size - n, n);
            return Outcome.Partial;
        }
        if (!TryParse(first, out var start)) return Outcome.Full;
        long end = size - 1;
        if (last.Length > 0 && (!TryParse(last, out end) || end < start)) return Outcome.Full;
        if (start >= size) return Outcome.Unsatisfiable;
        end = Math.Min(end, size - 1);
        range = new ByteRangeHeader(start, end - start + 1);
        return Outcome.Partial;
    }

    private static bool TryParse(string value, out long result) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out result);
}
