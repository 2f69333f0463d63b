namespace MediaCreator.Modules.Image.Rendering.Text;

/// <summary>
/// Line break opportunities: ICU's line iterator when present (Thai broken between dictionary words, Latin after
/// spaces and hyphens); without ICU, Latin text falls back to spaces/hyphens and Thai text fails clearly.
/// </summary>
internal static class LineBreaker
{
    /// <summary>Ascending UTF-16 positions where a line may end (the last one is <c>text.Length</c>).</summary>
    public static IReadOnlyList<int> Opportunities(string text)
    {
        if (text.Length == 0) return [];
        var thai = FontLibrary.ContainsThai(text);
        if (IcuBreakIterator.IsAvailable || thai) return IcuBreakIterator.LineBreaks(text, thai ? "th_TH" : "en_US");
        return SpacesAndHyphens(text);
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
