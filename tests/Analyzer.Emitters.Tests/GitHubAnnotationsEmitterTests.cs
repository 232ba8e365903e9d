using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Core.Text;
using Analyzer.Emitters.GitHub;

namespace Analyzer.Emitters.Tests;

[TestFixture]
public sealed class GitHubAnnotationsEmitterTests
{
    private static string Emit(ScanResult result)
    {
        using var output = new StringWriter();
        new GitHubAnnotationsEmitter().Emit(result, output);
        return output.ToString();
    }

    [Test]
    public void Each_finding_and_each_parse_error_is_one_workflow_command_at_its_level()
    {
        var lines = Emit(SampleScan.Create()).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(SampleScan.Create().Findings.Count + 1));
            Assert.That(lines, Has.All.Match(@"^::(error|warning|notice) file=[^,]+,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[^:]+::"));
            Assert.That(lines[0], Does.StartWith($"::error file={SampleScan.PythonPath},line=14,col=13,endLine=14,endColumn=50,title=TOCTOU002 Check-then-insert in a transaction that does not lock what it read::"));
            Assert.That(lines, Has.Some.StartWith("::notice file=pkg/cache/store.go,line=34,"));
            Assert.That(lines[^1], Does.StartWith($"::error file={SampleScan.PythonPath},line=21,col=11,").And.Contain("title=parse error::mismatched input"));
        });
    }

    [Test]
    public void Percent_signs_line_breaks_colons_and_commas_are_escaped_as_the_runner_reads_them()
    {
        var span = new SourceSpan("a:b,c%.py", 3, 1, 3, 5, 20, 24);
        var finding = new Finding("R1", FindingLevel.Warning, "100% sure:\nit, races\r", span, "x = 1", "f", [], string.Empty);
        var result = new ScanResult([], [], [finding], [], TimeSpan.Zero);

        Assert.That(Emit(result).TrimEnd(), Is.EqualTo("::warning file=a%3Ab%2Cc%25.py,line=3,col=1,endLine=3,endColumn=5,title=R1::100%25 sure:%0Ait, races%0D"));
    }
}
