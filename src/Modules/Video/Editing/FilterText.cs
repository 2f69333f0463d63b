using System.Globalization;
using System.Text;

namespace MediaCreator.Modules.Video.Editing;

/// <summary>Numbers and paths as ffmpeg filtergraph text.</summary>
internal static class FilterText
{
    public static string N(double value) => Math.Round(value, 6).ToString("0.######", CultureInfo.InvariantCulture);

    /// <summary>
    /// A file path as a filter option value inside a filtergraph: escaped once for the option parser (<c>' \ :</c>)
    /// and once more for the graph parser (<c>' \ [ ] , ;</c>).
    /// </summary>
    public static string PathValue(string path) => Escape(Escape(path, "\\':"), "\\'[],;");

    private static string Escape(string text, string special)
    {
        var sb = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (special.Contains(c, StringComparison.Ordinal)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
