using System.Text;

namespace MediaCreator.Modules.Image.GraphQL;

/// <summary>
/// CSV for bulk template fills (RFC 4180): the first record names the columns; fields may be quoted, with doubled
/// quotes inside and line breaks allowed in quoted fields; comma separated; blank lines are skipped.
/// </summary>
internal static class CsvRows
{
    public static List<Dictionary<string, string>> Parse(string text)
    {
        var records = Records(text).Where(r => r.Count > 1 || r[0].Length > 0).ToList();
        if (records.Count == 0) return [];
        var header = records[0].Select(h => h.Trim()).ToList();
        return [.. records.Skip(1).Select(r => header.Select((name, i) => (name, value: i < r.Count ? r[i] : ""))
            .Where(c => c.name.Length > 0).ToDictionary(c => c.name, c => c.value))];
    }

    private static IEnumerable<List<string>> Records(string text)
    {
        var record = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"' && field.Length == 0) quoted = true;
            else if (c == ',')
            {
                record.Add(field.ToString());
                field.Clear();
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                record.Add(field.ToString());
                field.Clear();
                yield return record;
                record = [];
            }
            else field.Append(c);
        }
        if (field.Length > 0 || record.Count > 0)
        {
            record.Add(field.ToString());
            yield return record;
        }
    }
}
