using System.Text;

namespace AnnualReport.Tests.PdfUa;

/// <summary>
/// Runs the machine-checkable Matterhorn Protocol 1.1 failure conditions this project covers on one
/// PDF and words the result so that a failing test names checkpoint, page and object.
/// </summary>
/// <remarks>
/// Covered: 01-002 (/MarkInfo /Marked), 01-003, 01-004, 01-005 (content streams of every page; no
/// /StructTreeRoot), 01-007, 02-001, 02-003, 02-004, 06-001, 06-002, 06-003, 07-001, 07-002, 09-004
/// (table syntax), 09-005 (list syntax), 10-001, 11-006, 13-004, 14-002, 14-003, 15-003, 28-002,
/// 28-004, 28-008, 28-009, 28-010, 28-011, 28-012. Not covered: the checkpoints a person must judge,
/// content inside form XObjects (Chromium draws none), fonts (31-xxx), and 15-005 beyond /Scope.
/// Run on a file: the end-to-end tests in this folder (<c>--filter Issue=13</c>).
/// </remarks>
public static class PdfUaChecker
{
    public static readonly IReadOnlyList<IPdfUaCheck> Checks =
    [
        new CatalogCheck(),
        new MetadataCheck(),
        new RoleMapCheck(),
        new ContentTaggingCheck(),
        new FontCheck(),
        new FigureCheck(),
        new HeadingCheck(),
        new ListCheck(),
        new TableCheck(),
        new AnnotationCheck(),
    ];

    public static IReadOnlyList<PdfUaFailure> Check(string path)
    {
        using var document = PdfUaDocument.Open(path);
        return Check(document);
    }

    public static IReadOnlyList<PdfUaFailure> Check(byte[] pdf)
    {
        using var document = PdfUaDocument.Open(pdf);
        return Check(document);
    }

    public static IReadOnlyList<PdfUaFailure> Check(PdfUaDocument document) =>
        Checks.SelectMany(c => c.Check(document))
            .OrderBy(f => f.Checkpoint, StringComparer.Ordinal)
            .ThenBy(f => f.Page ?? 0)
            .ToList();

    /// <summary>A count per checkpoint, then up to <paramref name="perCheckpoint"/> failures of each.</summary>
    public static string Format(IReadOnlyList<PdfUaFailure> failures, int perCheckpoint = 15)
    {
        var text = new StringBuilder();
        foreach (var group in failures.GroupBy(f => f.Checkpoint))
        {
            text.AppendLine($"Matterhorn {group.Key}: {group.Count()} failure(s)");
            foreach (var failure in group.Take(perCheckpoint))
            {
                text.AppendLine("  " + failure);
            }

            if (group.Count() > perCheckpoint)
            {
                text.AppendLine($"  … and {group.Count() - perCheckpoint} more");
            }
        }

        return text.ToString();
    }
}
