using System.Text.RegularExpressions;

namespace MediaCreator.Modules.Audio.Tests.Tabs;

/// <summary>Reads an ASCII tab back: the (string label, fret) struck in each column, system by system.</summary>
internal static partial class TabText
{
    public static List<List<(string Label, int Fret)>> Columns(string text, IReadOnlyList<string> labels)
    {
        var result = new List<List<(string, int)>>();
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!IsString(lines[i], labels)) continue;
            var system = new List<string>();
            while (i < lines.Count && IsString(lines[i], labels)) system.Add(lines[i++]);
            var columns = new SortedDictionary<int, List<(string, int)>>();
            foreach (var line in system)
            {
                var label = line[..line.IndexOf('|')].Trim();
                foreach (Match m in Fret().Matches(line))
                {
                    if (!columns.TryGetValue(m.Index, out var list)) columns[m.Index] = list = [];
                    list.Add((label, int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)));
                }
            }
            result.AddRange(columns.Values);
        }
        return result;
    }

    private static bool IsString(string line, IReadOnlyList<string> labels)
    {
        var bar = line.IndexOf('|');
        return bar > 0 && labels.Contains(line[..bar].Trim()) && line.TrimEnd().EndsWith('|');
    }

    [GeneratedRegex("(?<=-)[0-9]+")]
    private static partial Regex Fret();
}
