using System.Diagnostics;
using Analyzer.Core.Findings;
using Analyzer.Emitters.Markdown;

namespace Analyzer.Emitters.Tests;

/// <summary>Each error-level finding's Markdown carries a Mermaid sequence diagram of the race, and Mermaid's own
/// parser (from npm, pinned in Mermaid/package.json and installed into its node_modules on first use) accepts every
/// diagram.</summary>
[TestFixture]
public sealed class RaceDiagramTests
{
    private static string Markdown(Core.Engine.ScanResult result)
    {
        using var output = new StringWriter();
        new MarkdownEmitter(SampleScan.Tool).Emit(result, output);
        return output.ToString();
    }

    [Test]
    public void Each_error_has_a_diagram_with_its_check_and_act_and_other_findings_have_none()
    {
        var scan = SampleScan.Create();
        var markdown = Markdown(scan);
        var blocks = markdown.Split("```mermaid").Skip(1).Select(b => b[..b.IndexOf("```", StringComparison.Ordinal)]).ToList();
        var errors = scan.Findings.Where(f => f.Level == FindingLevel.Error && f.WithRole(LocationRole.Check).Any()).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(blocks, Has.Count.EqualTo(errors.Count).And.Count.GreaterThan(0));
            for (var i = 0; i < errors.Count; i++)
            {
                Assert.That(blocks[i], Does.Contain($"acts on what it saw (line {errors[i].Location.StartLine})"));
                Assert.That(blocks[i], Does.Contain($"checks it (line {errors[i].WithRole(LocationRole.Check).First().Span.StartLine})"));
            }
        });
    }

    [Test]
    public void Semicolons_and_hashes_in_code_become_entity_codes()
    {
        var finding = SampleScan.Create().Findings.First(f => f.Level == FindingLevel.Error && f.WithRole(LocationRole.Check).Any());
        var related = finding.Related.Select(r => r.Role == LocationRole.Check ? r with { Code = "if _, ok := m[k]; !ok { // #1" } : r).ToList();

        var diagram = string.Join('\n', RaceDiagram.Of(finding with { Related = related }));

        Assert.That(diagram, Does.Contain("if _, ok := m[k]#59; !ok { // #35;1"));
    }

    [Test]
    public void Mermaid_parses_every_diagram_of_the_sample_report_and_of_the_approved_reports()
    {
        var root = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Analyzer.sln"))) root = root.Parent;
        Assert.That(root, Is.Not.Null, "the tests run inside the repository");
        var folder = Path.Combine(root!.FullName, "tests", "Analyzer.Emitters.Tests", "Mermaid");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "mermaid")))
            Assert.That(Run("npm", folder, "install", "--no-audit", "--no-fund").ExitCode, Is.Zero, "npm install of Mermaid's parser failed; check that the npm registry is reachable");
        var report = Path.Combine(Path.GetTempPath(), $"toctou-diagrams-{Guid.NewGuid():N}.md");
        File.WriteAllText(report, Markdown(SampleScan.Create()));
        // The approved Markdown reports of the rule fixtures hold diagrams of real scans too.
        var approved = Directory.GetFiles(Path.Combine(root.FullName, "tests"), "*.approved.md", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
        try
        {
            var check = Run("node", folder, [Path.Combine(folder, "check-diagrams.mjs"), report, .. approved]);

            Assert.Multiple(() =>
            {
                Assert.That(check.ExitCode, Is.Zero, check.Output);
                Assert.That(check.Output.Split('\n').Count(l => l.EndsWith(" sequence", StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(4), check.Output);
                Assert.That(check.Output, Does.Not.Contain("error "), check.Output);
            });
        }
        finally
        {
            File.Delete(report);
        }
    }

    private static (int ExitCode, string Output) Run(string fileName, string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo(fileName) { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}
