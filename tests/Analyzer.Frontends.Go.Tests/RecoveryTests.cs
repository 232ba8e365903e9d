using Analyzer.Core.Frontends;
using Analyzer.Core.Text;
using Analyzer.Frontends.Go.Lowering;
using Analyzer.Frontends.Go.Parsing;

namespace Analyzer.Frontends.Go.Tests;

/// <summary>
/// Broken input: every truncation and every one-line deletion of the fixtures. The lowering must take ANTLR's
/// recovered tree as it comes (missing children, error nodes) without throwing, so that a file with a syntax error
/// still yields the IR of what was read.
/// </summary>
[TestFixture]
public sealed class RecoveryTests
{
    private static IEnumerable<string> Fixtures() => ["generic_set.go", "locked_store.go", "select_loop.go"];

    [TestCaseSource(nameof(Fixtures))]
    public void Every_truncation_lowers_without_throwing(string fixture)
    {
        var source = Read(fixture);
        var failures = new List<string>();
        for (var length = 0; length <= source.Length; length++) Check(source[..length], $"first {length} characters", failures);
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(10)));
    }

    [TestCaseSource(nameof(Fixtures))]
    public void Every_one_line_deletion_lowers_without_throwing(string fixture)
    {
        var lines = Read(fixture).Split('\n');
        var failures = new List<string>();
        for (var i = 0; i < lines.Length; i++)
            Check(string.Join('\n', lines.Where((_, j) => j != i)), $"without line {i + 1}", failures);
        Assert.That(failures, Is.Empty, string.Join("\n", failures.Take(10)));
    }

    private static void Check(string source, string what, List<string> failures)
    {
        var text = new SourceText("broken.go", source);
        try
        {
            var parse = GoParsing.Parse(text, ParseLimits.Default);
            if (parse.Tree is not null) new GoLowering(text, parse.Tokens).LowerFile(parse.Tree).Link();
            var parsed = new GoFrontend().Parse(text);
            if (parsed.Module is null && !parsed.Diagnostics.Any(d => d.Message.Contains("nesting", StringComparison.Ordinal)))
                failures.Add($"{what}: no module");
        }
        catch (Exception e)
        {
            failures.Add($"{what}: {e.GetType().Name}: {e.Message} {e.StackTrace?.Split('\n').FirstOrDefault(l => l.Contains("GoLowering", StringComparison.Ordinal))?.Trim()}");
        }
    }

    private static string Read(string fixture) =>
        File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", fixture));
}
