using AnnualReport.Preview;
using BenchmarkDotNet.Attributes;

namespace AnnualReport.Benchmarks;

/// <summary>
/// What an analyst waits for in <c>annual-report preview</c> after saving the curated text: one
/// rebuild of both languages of the sample edition (text read and rendered, pages rendered and
/// written; figures, analysis and charts reused), on a copy of the edition in a temp folder. For
/// comparison, the same rebuild when a data file changed (everything read again).
/// Run: dotnet run -c Release --project bench/AnnualReport.Benchmarks -- --filter '*PreviewBenchmarks*'
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
public class PreviewBenchmarks
{
    private const string Sentence = "Denne publikasjonen viser hvordan integreringen";

    private string _root = null!;
    private string _text = null!;
    private string _data = null!;
    private string _original = null!;
    private PreviewBuilder _builder = null!;
    private int _edits;

    [GlobalSetup]
    public void Setup()
    {
        var repository = StageBenchmarks.FindRoot();
        _root = Path.Combine(Path.GetTempPath(), "annual-report-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_root);
        Copy(Path.Combine(repository, "editions", "2025"), Path.Combine(_root, "editions", "2025"));
        Copy(Path.Combine(repository, "templates"), Path.Combine(_root, "templates"));
        _text = Path.Combine(_root, "editions", "2025", "text.yaml");
        _data = Path.Combine(_root, "editions", "2025", "data", "sysselsetting.csv");
        _original = File.ReadAllText(_text);
        _builder = new PreviewBuilder(new BuildOptions(Path.Combine(_root, "editions", "2025", "indicators.yaml"))
        {
            Date = new DateOnly(2025, 11, 20),
            FontDirectory = Path.Combine(repository, "node_modules", "@fontsource", "noto-sans", "files"),
            Pdf = false,
        });
        var first = _builder.BuildAsync().GetAwaiter().GetResult();
        if (!first.Succeeded)
        {
            throw new InvalidOperationException(string.Join("\n", first.Diagnostics));
        }
    }

    [Benchmark(Baseline = true)]
    public bool RebuildAfterTextEdit()
    {
        _edits++;
        File.WriteAllText(_text, _original.Replace(Sentence, $"{Sentence} ({_edits})", StringComparison.Ordinal));
        var build = _builder.BuildAsync().GetAwaiter().GetResult();
        return build.Succeeded && build.FiguresReused ? true : throw new InvalidOperationException("the figures were not reused");
    }

    [Benchmark]
    public bool RebuildAfterDataEdit()
    {
        File.SetLastWriteTimeUtc(_data, File.GetLastWriteTimeUtc(_data).AddSeconds(1));
        return _builder.BuildAsync().GetAwaiter().GetResult().Succeeded;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_root, recursive: true);

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
