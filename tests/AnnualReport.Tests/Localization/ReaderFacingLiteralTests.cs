using System.Text.RegularExpressions;
using AnnualReport.Tests.Support;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Xunit;

namespace AnnualReport.Tests.Localization;

/// <summary>
/// The phrase-book rule, first half: no words for readers or users in C#. Every string literal
/// and every text part of an interpolated string in the program is read with Roslyn; one that
/// holds a Norwegian letter or two words in a row is words, and words belong in the phrase books
/// (templates/phrases) or the message catalogue (src/AnnualReport/Messages). The few technical
/// strings that look like words (CSS, font names, file headers) are listed here, each with why.
/// </summary>
public sealed partial class ReaderFacingLiteralTests
{
    /// <summary>Strings that look like words but are code, formats or names the reader never reads as text.</summary>
    private static readonly (string Text, string Why)[] Technical =
    [
        ("Noto Sans", "font family name in CSS and SVG"),
        ("år", "the name of the time dimension in SSB's PX files, matched to find it"),
        ("Duplicate key", "YamlDotNet's own message, matched to give the code duplicate-key"),
        ("tab character", "YamlDotNet's own message, matched to point at the tab"),
        ("Required command was not provided.", "System.CommandLine's own message, matched to replace it by the catalogue's"),
        ("document.querySelectorAll", "JavaScript run in the browser while printing, never published"),
        ("This folder was written by AnnualReport", "the marker file's note for whoever finds it on disk, in English as its name"),
    ];

    /// <summary>Files whose strings are a reference for developers, not words for readers or users.</summary>
    private static readonly (string File, string Why)[] Reference =
    [
        ("DiagnosticCodes.cs", "the list of diagnostic codes with an English gloss for the README, like the codes themselves"),
    ];

    /// <summary>Exceptions that reach a user as a message; every other exception is a bug, and its English text is for the developer (shown with ANNUAL_REPORT_DEBUG=1).</summary>
    private static readonly string[] UserExceptions = ["InputException", "EnvironmentException", "PrintTimeoutException"];

    [Fact]
    public void No_words_are_written_in_csharp()
    {
        var found = new List<string>();
        foreach (var project in new[] { "AnnualReport", "AnnualReport.Cli" })
        {
            var folder = Path.Combine(RepositoryPaths.Root, "src", project);
            foreach (var file in Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal) && !Reference.Any(r => Path.GetFileName(f) == r.File)))
            {
                var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file);
                foreach (var (text, node) in Literals(tree.GetRoot()))
                {
                    if (LooksLikeWords(text) && !IsMarkup(text) && !Technical.Any(t => text.Contains(t.Text, StringComparison.Ordinal)) && !ForDevelopers(node))
                    {
                        var line = node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                        found.Add($"{Path.GetRelativePath(RepositoryPaths.Root, file)}({line}): \"{text}\"");
                    }
                }
            }
        }

        Assert.True(found.Count == 0, $"{found.Count} literal(s) with words in C#; move them to a phrase book or the message catalogue:\n" + string.Join("\n", found));
    }

    [Theory]
    [InlineData("Kilde og tabell", true)]
    [InlineData("Tall", false)]
    [InlineData("<circle cx=\"", false)]
    [InlineData("ikke beregnet", true)]
    [InlineData("Source table", true)]
    [InlineData("data/{0}.csv", false)]
    [InlineData("yyyy-MM-dd", false)]
    [InlineData("application/json", false)]
    [InlineData("common.units.percent", false)]
    public void The_rule_tells_words_from_code(string text, bool words) => Assert.Equal(words, LooksLikeWords(text) && !IsMarkup(text));

    /// <summary>A Norwegian letter, or two words of letters separated by a space.</summary>
    private static bool LooksLikeWords(string text) => NorwegianLetter().IsMatch(text) || TwoWords().IsMatch(text);

    /// <summary>SVG, XML and CSS written by the program: a tag or an at-rule, not words.</summary>
    private static bool IsMarkup(string text) => Markup().IsMatch(text);

    /// <summary>The message of an exception that is a bug (not one of <see cref="UserExceptions"/>).</summary>
    private static bool ForDevelopers(SyntaxNode node) =>
        node.Ancestors().OfType<BaseObjectCreationExpressionSyntax>().FirstOrDefault() is ObjectCreationExpressionSyntax creation
        && creation.Type.ToString() is var type && type.EndsWith("Exception", StringComparison.Ordinal) && !UserExceptions.Contains(type);

    private static IEnumerable<(string Text, SyntaxNode Node)> Literals(SyntaxNode root)
    {
        foreach (var node in root.DescendantNodes())
        {
            // Attributes (GeneratedRegex patterns, test traits) and nameof are code, not text.
            if (node.Ancestors().Any(a => a is AttributeSyntax))
            {
                continue;
            }

            if (node is LiteralExpressionSyntax literal && literal.IsKind(SyntaxKind.StringLiteralExpression))
            {
                yield return (literal.Token.ValueText, literal);
            }
            else if (node is InterpolatedStringTextSyntax part)
            {
                yield return (part.TextToken.ValueText, part);
            }
        }
    }

    [GeneratedRegex("[æøåÆØÅ]")]
    private static partial Regex NorwegianLetter();

    [GeneratedRegex(@"(?<![\w.{/-])[A-Za-z]{2,}[ ,]+[a-z]{2,}(?![\w(])")]
    private static partial Regex TwoWords();

    [GeneratedRegex(@"^\s*<[?!/a-zA-Z]|^[""/]?\s*[a-z:-]+=""|^@page |</?[a-z][a-z0-9:-]*[\s>/]")]
    private static partial Regex Markup();
}
