using System.Text;
using Analyzer.Core.Engine;
using Analyzer.Core.Text;
using Analyzer.Testing;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>A function nested deeper than the analysis can follow on a thread's stack is skipped with a diagnostic
/// where it passes the limit (400 levels), and the rest of the file is analyzed; code at the limit, even calls chained
/// through functions each at the limit, is analyzed without overflowing the smallest default stack.</summary>
[TestFixture]
public sealed class DeepFunctionTests
{
    private const string GoRace = """
        type Cache struct {
        	mu sync.Mutex
        	m  map[string]int
        }

        func (c *Cache) Add(k string) {
        	c.mu.Lock()
        	_, ok := c.m[k]
        	c.mu.Unlock()
        	if !ok {
        		c.mu.Lock()
        		c.m[k] = 1
        		c.mu.Unlock()
        	}
        }

        """;

    private const string PythonRace = """
        class Cache:
            def __init__(self):
                self._lock = threading.Lock()
                self._d = {}

            def add(self, k):
                with self._lock:
                    missing = k not in self._d
                if missing:
                    with self._lock:
                        self._d[k] = 1

        """;

    [Test]
    public void A_go_function_nested_600_ifs_deep_is_skipped_with_a_diagnostic_and_the_rest_is_analyzed()
    {
        var source = "package p\n\nimport \"sync\"\n\n" + GoRace + "func deep(x bool) {\n" + GoNest(600, "println()\n") + "}\n";

        // 600 ifs, the call statement, the call and the name it calls.
        AssertDeepFunctionSkipped(Scan("deep.go", source), "deep", depth: 603, firstLine: LineOf(source, "func deep(") + 400);
    }

    [Test]
    public void A_python_function_nested_700_ifs_deep_is_skipped_with_a_diagnostic_and_the_rest_is_analyzed()
    {
        var source = "import threading\n\n" + PythonRace + "def deep(x):\n" + PythonNest(700, 1, "pass") + "\n";

        // 700 ifs and the pass.
        AssertDeepFunctionSkipped(Scan("deep.py", source), "deep", depth: 701, firstLine: LineOf(source, "def deep(") + 400);
    }

    [TestCase("go")]
    [TestCase("python")]
    public void Functions_at_the_limit_each_calling_the_next_at_its_deepest_point_are_analyzed(string language)
    {
        // Eight functions 396 ifs deep (400 levels with the call statement, the call, its argument and the name); the call at the bottom of each asks for the next one's summary, so their walks
        // nest on one stack as far as the analysis lets them.
        var source = new StringBuilder(language == "go" ? "package p\n\n" : string.Empty);
        for (var i = 0; i < 8; i++)
            source.Append(language == "go"
                ? $"func f{i}(x bool) {{\n{GoNest(396, $"f{i + 1}(x)\n")}}}\n\n"
                : $"def f{i}(x):\n{PythonNest(396, 1, $"f{i + 1}(x)")}\n\n");

        var result = Scan(language == "go" ? "chain.go" : "chain.py", source.ToString());

        Assert.That(result.Diagnostics, Is.Empty);
    }

    private static ScanResult Scan(string name, string source)
    {
        var folder = Directory.CreateTempSubdirectory("toctou-deep-");
        try
        {
            var path = Path.Combine(folder.FullName, name);
            File.WriteAllText(path, source);
            return SmallStackScan.Run(AllRules.Engine, new ScanRequest([path], MaxParallelism: 1));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static void AssertDeepFunctionSkipped(ScanResult result, string function, int depth, int firstLine)
    {
        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(diagnostic.Message, Is.EqualTo(
                $"the function '{function}' is nested too deep to analyze ({depth} levels of statements and expressions, the limit is 400); " +
                "it was skipped and the rest of the file analyzed — split it into smaller functions"));
            // Level 401 starts at the condition of the 400th if.
            Assert.That(diagnostic.Span.StartLine, Is.EqualTo(firstLine), "the diagnostic points at the first node past the limit");
            Assert.That(result.Findings.Select(f => f.FunctionName), Has.Some.Contains("add").IgnoreCase, "the race in the other function is still found");
        });
    }

    private static int LineOf(string source, string text) => source[..source.IndexOf(text, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

    private static string GoNest(int depth, string innermost)
    {
        var source = new StringBuilder();
        for (var i = 0; i < depth; i++) source.Append("if x {\n");
        source.Append(innermost);
        for (var i = 0; i < depth; i++) source.Append("}\n");
        return source.ToString();
    }

    private static string PythonNest(int depth, int indent, string innermost)
    {
        var source = new StringBuilder();
        for (var i = 0; i < depth; i++) source.Append(' ', indent + i).Append("if x:\n");
        return source.Append(' ', indent + depth).Append(innermost).ToString();
    }
}
