using MediaCreator.Modules.Image.Abstractions;

namespace MediaCreator.Modules.Image.Rendering.Text;

/// <summary>
/// Line break opportunities: ICU's line iterator when present (Thai broken between dictionary words, Latin after
/// spaces and hyphens); without ICU, libthai's dictionary for Thai plus spaces/hyphens; Thai text with neither
/// fails clearly (NOT_CONFIGURED).
/// </summary>
internal static class LineBreaker
{
    /// <summary>Ascending UTF-16 positions where a line may end (the last one is <c>text.Length</c>).</summary>
    public static IReadOnlyList<int> Opportunities(string text)
    {
        if (text.Length == 0) return [];
        var thai = FontLibrary.ContainsThai(text);
        if (IcuBreakIterator.IsAvailable) return IcuBreakIterator.LineBreaks(text, thai ? "th_TH" : "en_US");
        if (!thai) return SpacesAndHyphens(text);
        if (LibThaiBreaker.IsAvailable) return WithThaiWords(text, LibThaiBreaker.WordBreaks(text));
        throw new ImageProviderException(ImageProviderErrorCodes.NotConfigured,
            $"Thai line breaking needs ICU or libthai. {IcuBreakIterator.UnavailableReason} libthai (libthai0 + libthai-data) was not found either.");
    }

    /// <summary>Spaces/hyphens plus the Thai word boundaries that do not sit next to a space.</summary>
    internal static IReadOnlyList<int> WithThaiWords(string text, IEnumerable<int> words)
    {
        var inside = words.Where(p => p > 0 && p < text.Length && !char.IsWhiteSpace(text[p - 1]) && !char.IsWhiteSpace(text[p]));
        return SpacesAndHyphens(text).Concat(inside).Distinct().Order().ToArray();
    }

    internal static IReadOnlyList<int> SpacesAndHyphens(string text)
    {
        var breaks = new List<int>();
        for (var i = 0; i < text.Length - 1; i++)
        {
            var c = text[i];
            var next = text[i + 1];
            if (char.IsWhiteSpace(c) && !char.IsWhiteSpace(next)) breaks.Add(i + 1);
            else if (c is '-' or '\u2010' && i > 0 && char.IsLetterOrDigit(text[i - 1]) && char.IsLetterOrDigit(next)) breaks.Add(i + 1);
        }
        breaks.Add(text.Length);
        return breaks;
    }
}
