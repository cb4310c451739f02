using System.Text;

namespace AnnualReport.Tests.Disclosure;

/// <summary>Reads a published CSV download (RFC 4180: quoted fields may hold commas and doubled quotes) into header name → text rows.</summary>
internal static class QuotedCsv
{
    public static IReadOnlyList<Dictionary<string, string>> Read(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8).Where(l => l.Length > 0).ToList();
        var header = Fields(lines[0].TrimStart('\ufeff'));
        return lines.Skip(1)
            .Select(Fields)
            .Select(fields => header.Select((name, i) => (name, value: i < fields.Count ? fields[i] : "")).ToDictionary(f => f.name, f => f.value))
            .ToList();
    }

    internal static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"')
            {
                field.Append('"');
                i++;
            }
            else if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
