using System.Text.RegularExpressions;
using Analyzer.Core.Frontends;
using Analyzer.Core.Text;
using Analyzer.Frontends.Go;
using Analyzer.Frontends.Python;
using Analyzer.Testing.Expectations;

namespace Analyzer.Rules.Toctou.Tests.RecallSupport;

/// <summary>One real check-then-act bug rewritten as a fixture: a folder under Recall/{Go,Python}/ holding racy.* (the
/// act marked Noncompliant) and fixed.* (no marker), each with the bug's link in its header comment.</summary>
public sealed record RecallCase(string Language, string Name, string Folder)
{
    private static readonly Regex Link = new(@"https://(github\.com|bugs\.python\.org)/\S+", RegexOptions.Compiled);

    public static string Root => Path.Combine(AppContext.BaseDirectory, "Recall");

    public static IReadOnlyList<RecallCase> All() =>
        new[] { "Go", "Python" }.SelectMany(language =>
                Directory.EnumerateDirectories(Path.Combine(Root, language))
                    .Order(StringComparer.Ordinal)
                    .Select(folder => new RecallCase(language, Path.GetFileName(folder), folder)))
            .ToList();

    public ILanguageFrontend Frontend() => Language == "Go" ? new GoFrontend() : new PythonFrontend();

    private string Extension => Language == "Go" ? ".go" : ".py";

    public string RacyFile => Path.Combine(Folder, "racy" + Extension);

    public string FixedFile => Path.Combine(Folder, "fixed" + Extension);

    /// <summary>The link in the file's header: the comment lines before the first line of code.</summary>
    public static string? HeaderLink(string file, string commentPrefix) =>
        File.ReadLines(file)
            .TakeWhile(line => line.TrimStart().StartsWith(commentPrefix, StringComparison.Ordinal))
            .Select(line => Link.Match(line))
            .FirstOrDefault(m => m.Success)?.Value;

    /// <summary>The Noncompliant markers of racy.*: where the act is, and the rule expected to report it.</summary>
    public IReadOnlyList<ExpectedFinding> RacyMarkers()
    {
        var frontend = Frontend();
        var text = SourceText.FromFile(RacyFile, Path.GetFileName(RacyFile));
        return FixtureExpectations.Parse(text, frontend.CommentSyntax).Findings;
    }

    public override string ToString() => $"{Language}/{Name}";
}
