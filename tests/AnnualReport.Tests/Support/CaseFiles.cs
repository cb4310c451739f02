namespace AnnualReport.Tests.Support;

/// <summary>The worked cases in a folder of YAML files, one theory row per file name.</summary>
public static class CaseFiles
{
    public static TheoryData<string> In(string folder)
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(folder, "*.yaml").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileNameWithoutExtension(file));
        }

        return data;
    }
}
