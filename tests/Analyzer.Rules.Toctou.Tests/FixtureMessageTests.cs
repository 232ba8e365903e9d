using Analyzer.Core.Text;
using Analyzer.Frontends.Go;
using Analyzer.Frontends.Python;
using Analyzer.Testing.Expectations;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>Every message a rule writes makes claims ("no lock held", "held by the caller", "inside put()"); each fixture
/// finding pins its whole message, so a claim that changes is read by a person before it is approved.</summary>
[TestFixture]
public sealed class FixtureMessageTests
{
    [Test]
    public void Every_noncompliant_marker_in_the_rule_fixtures_gives_the_exact_message()
    {
        var fixtures = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures");
        var syntaxByExtension = new Dictionary<string, Core.Frontends.CommentSyntax>
        {
            [".go"] = new GoFrontend().CommentSyntax,
            [".py"] = new PythonFrontend().CommentSyntax,
        };
        var markers = Directory.EnumerateFiles(fixtures, "*", SearchOption.AllDirectories)
            .Where(f => syntaxByExtension.ContainsKey(Path.GetExtension(f)))
            .SelectMany(f => FixtureExpectations.Parse(new SourceText(Path.GetRelativePath(fixtures, f), File.ReadAllText(f)), syntaxByExtension[Path.GetExtension(f)]).Findings)
            .ToList();

        Assert.That(markers, Has.Count.GreaterThanOrEqualTo(40), "the fixtures hold the rule pack's findings");
        Assert.That(markers.Where(m => m.Message is null).Select(m => $"{m.Path}:{m.MarkerLine}"), Is.Empty,
            "these Noncompliant markers do not give {{the exact message}}");
    }
}
