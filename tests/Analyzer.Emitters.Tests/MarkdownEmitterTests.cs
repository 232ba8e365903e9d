using Analyzer.Core.Engine;
using Analyzer.Core.Text;
using Analyzer.Emitters.Markdown;

namespace Analyzer.Emitters.Tests;

[TestFixture]
public sealed class MarkdownEmitterTests
{
    private readonly MarkdownEmitter _emitter = new(SampleScan.Tool);

    [Test]
    public void Format_is_markdown() => Assert.That(_emitter.Format, Is.EqualTo("markdown"));

    [Test]
    public void The_same_scan_gives_the_same_bytes_with_unix_line_ends()
    {
        var first = Emit(SampleScan.Create());
        var second = Emit(SampleScan.Create());
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Not.Contain("\r"));
        Assert.That(first, Does.EndWith("\n").And.Not.EndWith("\n\n"));
    }

    [Test]
    public void Diagnostics_past_the_cap_are_counted_not_listed()
    {
        var extra = Enumerable.Range(1, MarkdownEmitter.MaxDiagnosticsListed + 5)
            .Select(i => new ParseDiagnostic(new SourceSpan("gen/big.go", i, 1, i, 2, 0, 1), DiagnosticSeverity.Warning, $"diagnostic {i}"))
            .ToList();
        var report = Emit(SampleScan.Create(extra));

        var listed = report.Split('\n').Count(l => l.StartsWith("- `", StringComparison.Ordinal) && l.Contains(": warning: diagnostic ", StringComparison.Ordinal));
        Assert.That(listed, Is.EqualTo(MarkdownEmitter.MaxDiagnosticsListed - 1), "the sample's own error diagnostic is listed first");
        Assert.That(report, Does.Contain("\n- … and 6 more.\n"));
        Assert.That(report, Does.Contain("- Parse diagnostics: 206 (error: 1, warning: 205)"));
    }

    [Test]
    public void An_empty_scan_says_there_is_nothing()
    {
        var report = Emit(new ScanResult([], [], [], [SampleScan.CheckThenAct], TimeSpan.Zero));
        Assert.That(report, Does.Contain("## Findings\n\nNo findings.\n"));
        Assert.That(report, Does.Contain("## Parse diagnostics\n\nNone.\n"));
        Assert.That(report, Does.Contain("| TOCTOU001 | Check-then-act on shared state without a continuous lock | 0 |"));
    }

    [Test]
    public void Code_is_fenced_with_the_language_of_its_file()
    {
        var report = Emit(SampleScan.Create());
        Assert.That(report, Does.Contain("```go\ns.items[key] = obj\n```"));
        Assert.That(report, Does.Contain("```python\nAccount.objects.create(username=name)\n```"));
    }

    [Test]
    public void Findings_of_a_rule_that_did_not_run_still_appear_in_the_rule_table()
    {
        var scan = SampleScan.Create();
        var report = Emit(scan with { Rules = [SampleScan.CheckThenAct] });
        Assert.That(report, Does.Contain("| TOCTOU002 |  | 1 |"));
        Assert.That(report, Does.Contain("#### 1. TOCTOU002 (error)\n"));
    }

    private string Emit(ScanResult result)
    {
        using var output = new StringWriter();
        _emitter.Emit(result, output);
        return output.ToString();
    }
}
