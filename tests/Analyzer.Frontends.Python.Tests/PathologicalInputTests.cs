using System.Diagnostics;
using System.Text;
using Analyzer.Core.Engine;
using Analyzer.Core.Ir;
using Analyzer.Core.Text;
using Analyzer.Frontends.Python.Tests.Support;

namespace Analyzer.Frontends.Python.Tests;

/// <summary>Inputs that must yield a diagnostic with a location (or parse cleanly), never a crash or a hang.</summary>
[TestFixture]
public sealed class PathologicalInputTests
{
    [Test]
    public void Ten_thousand_nested_parentheses_are_a_nesting_diagnostic()
    {
        var source = "x = " + new string('(', 10_000) + "1" + new string(')', 10_000) + "\n";
        var parsed = PythonSource.Parse(source);
        Assert.Multiple(() =>
        {
            Assert.That(parsed.HasErrors, Is.True);
            var diagnostic = parsed.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            Assert.That(diagnostic.Message, Does.Contain("nesting is too deep"));
            Assert.That((diagnostic.Span.StartLine, diagnostic.Span.StartColumn), Is.EqualTo((1, 4 + 200 + 1)), "at the first bracket past CPython's 200");
            Assert.That(diagnostic.Span.Path, Is.EqualTo("pkg/mod.py"));
        });
    }

    [Test]
    public void Deep_but_reasonable_nesting_parses()
    {
        var source = "x = " + new string('(', 100) + "1" + new string(')', 100) + "\n" + "y = " + string.Concat(Enumerable.Repeat("a + ", 5_000)) + "a\n";
        var module = PythonSource.Lower(source);
        Assert.That(module.All<BinaryExpression>(), Has.Count.EqualTo(5_000));
    }

    [Test]
    public void Long_chains_of_attributes_calls_subscripts_and_operators_parse()
    {
        var source = "x = a" + string.Concat(Enumerable.Repeat(".b()[0]", 3_000)) + "\n" +
                     "y = " + string.Join(" or ", Enumerable.Repeat("a and b", 3_000)) + "\n";
        var module = PythonSource.Lower(source);
        Assert.Multiple(() =>
        {
            Assert.That(module.All<CallExpression>(), Has.Count.EqualTo(3_000));
            Assert.That(module.All<IndexExpression>(), Has.Count.EqualTo(3_000));
            Assert.That(module.All<BinaryExpression>(), Has.Count.EqualTo(5_999));
        });
    }

    [Test]
    public void A_five_megabyte_single_line_file_parses()
    {
        // Long tokens on one line (minified data): a list of 1 KB strings, with a comment at its end.
        var item = "'" + new string('a', 1024) + "', ";
        var builder = new StringBuilder("data = [");
        var count = 0;
        while (builder.Length < 5 * 1024 * 1024)
        {
            builder.Append(item);
            count++;
        }
        builder.Append("]  # end");
        var clock = Stopwatch.StartNew();
        var module = PythonSource.Lower(builder.ToString());
        TestContext.Out.WriteLine($"{builder.Length:N0} characters, {count:N0} strings in {clock.Elapsed.TotalSeconds:F2} s");
        Assert.Multiple(() =>
        {
            Assert.That(module.Text.LineCount, Is.EqualTo(1));
            Assert.That(((CollectionExpression)((Assignment)module.Body.Single()).Values[0]).Elements, Has.Count.EqualTo(count));
            Assert.That(module.Comments.Single().Span.StartColumn, Is.EqualTo(builder.Length - 4));
        });
    }

    [Test]
    public void A_long_line_of_many_small_tokens_parses()
    {
        var builder = new StringBuilder("data = {");
        for (var i = 0; i < 5_000; i++) builder.Append("'key").Append(i).Append("': [").Append(i).Append(", None], ");
        builder.Append('}');
        var module = PythonSource.Lower(builder.ToString());
        Assert.That(((CollectionExpression)((Assignment)module.Body.Single()).Values[0]).Elements, Has.Count.EqualTo(5_000));
    }

    [Test]
    public void A_nul_byte_is_an_error_at_its_position()
    {
        var parsed = PythonSource.Parse("x = 1\ny = 2\0\nz = 3\n");
        var error = parsed.Diagnostics.Single(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Multiple(() =>
        {
            Assert.That((error.Span.StartLine, error.Span.StartColumn), Is.EqualTo((2, 6)));
            Assert.That(error.Message, Does.Contain("U+0000"));
        });
    }

    [Test]
    public void Invalid_utf8_is_an_error_at_its_position_and_the_scan_goes_on()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "bad.py"), [.. "x = 1\ny = "u8, 0xC3, 0x28, .. "\n"u8]);
        File.WriteAllText(Path.Combine(folder.Path, "good.py"), "class C:\n    pass\n");
        var result = TestEngine.Create(new PythonFrontend()).Scan(new ScanRequest([folder.Path], RunRules: false));
        Assert.Multiple(() =>
        {
            Assert.That(result.Files.Select(f => (f.Path, f.HasErrors)), Is.EqualTo(new[] { ("bad.py", true), ("good.py", false) }));
            var error = result.Diagnostics.First();
            Assert.That((error.Span.Path, error.Span.StartLine, error.Span.StartColumn), Is.EqualTo(("bad.py", 2, 5)));
            Assert.That(error.Message, Does.Contain("U+FFFD"));
        });
    }

    [Test]
    public void A_syntax_error_in_one_file_does_not_stop_the_scan_of_the_others()
    {
        using var folder = new TempFolder();
        File.WriteAllText(Path.Combine(folder.Path, "a.py"), "def f(:\n    pass\n");
        File.WriteAllText(Path.Combine(folder.Path, "b.py"), "import threading\nlock = threading.Lock()\n");
        Directory.CreateDirectory(Path.Combine(folder.Path, "sub"));
        File.WriteAllText(Path.Combine(folder.Path, "sub", "c.py"), "x = (\n");
        var result = TestEngine.Create(new PythonFrontend()).Scan(new ScanRequest([folder.Path]));
        Assert.Multiple(() =>
        {
            Assert.That(result.Files.Select(f => (f.Path.Replace('\\', '/'), f.HasErrors)), Is.EqualTo(new[] { ("a.py", true), ("b.py", false), ("sub/c.py", true) }));
            Assert.That(result.Diagnostics.Select(d => d.Span.Path.Replace('\\', '/')).Distinct(), Is.EqualTo(new[] { "a.py", "sub/c.py" }));
            Assert.That(result.Diagnostics.First().Span.StartLine, Is.EqualTo(1));
            Assert.That(result.Diagnostics.Any(d => d.Message.Contains("frontend failed", StringComparison.Ordinal)), Is.False);
        });
    }

    [Test]
    public void A_byte_order_mark_is_skipped()
    {
        var module = PythonSource.Lower("\uFEFFx = 1\n");
        Assert.That(module.Body.Single().Text(), Is.EqualTo("x = 1"));
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "bom.py"), [0xEF, 0xBB, 0xBF, .. "def f():\n    return 1\n"u8]);
        var result = TestEngine.Create(new PythonFrontend()).Scan(new ScanRequest([folder.Path], RunRules: false));
        Assert.That(result.Diagnostics, Is.Empty);
    }

    [TestCase("\r\n")]
    [TestCase("\r")]
    [TestCase("\n")]
    public void Line_ends_of_every_kind_count_as_lines(string end)
    {
        var source = string.Join(end, "def f(a):", "    if a:", "        return (1,", "                2)", "    return 3", "");
        var module = PythonSource.Lower(source);
        var returns = module.All<ReturnStatement>();
        Assert.Multiple(() =>
        {
            Assert.That(returns.Select(r => (r.Span.StartLine, r.Span.StartColumn, r.Span.EndLine)), Is.EqualTo(new[] { (3, 9, 4), (5, 5, 5) }));
            Assert.That(((FunctionDecl)module.Body[0]).Span.EndLine, Is.EqualTo(5));
        });
    }

    [Test]
    public void Consistent_tabs_parse_and_inconsistent_tabs_are_an_error_with_a_location()
    {
        var tabs = PythonSource.Lower("if x:\n\tif y:\n\t\tpass\n\telse:\n\t\tpass\n");
        Assert.That(tabs.All<IfStatement>(), Has.Count.EqualTo(2));
        var mixed = PythonSource.Parse("if x:\n        a = 1\n\tb = 2\n");
        var error = mixed.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.Contain("tabs"));
            Assert.That(error.Span.StartLine, Is.EqualTo(3));
        });
    }

    [TestCase("f() = 1\n", "cannot assign to a function call")]
    [TestCase("1 = x\n", "cannot assign to a literal")]
    [TestCase("a, b += 1\n", "augmented assignment")]
    [TestCase("x = {1: 2, 3}\n", "dict display")]
    [TestCase("for f() in x:\n    pass\n", "cannot assign to a function call")]
    [TestCase("del f()\n", "cannot delete a function call")]
    [TestCase("def f(a=1, b):\n    pass\n", "without a default")]
    [TestCase("f(x for x in y, 1)\n", "generator expression")]
    public void What_the_reference_rejects_is_an_error_at_the_node(string source, string message)
    {
        var parsed = PythonSource.Parse(source);
        Assert.That(parsed.Diagnostics.Select(d => d.Message), Has.Some.Contains(message));
        Assert.That(parsed.Diagnostics.First().Span.StartLine, Is.EqualTo(1));
    }

    [TestCase("def f(:\n")]
    [TestCase("class\n")]
    [TestCase("x = [1, 2\n")]
    [TestCase("if x\n    pass\n")]
    [TestCase("f'{'\n")]
    [TestCase("'''never closed\n")]
    [TestCase("x = 1 +\n")]
    [TestCase("@\ndef f(): pass\n")]
    [TestCase("try:\n    pass\n")]
    [TestCase("match x:\n    case :\n        pass\n")]
    [TestCase("lambda: (yield)\n)))]]]\n")]
    [TestCase("with a as f(): pass\n")]
    [TestCase("\\")]
    public void Broken_code_yields_located_errors_and_never_throws(string source)
    {
        var parsed = PythonSource.Parse(source);
        Assert.That(parsed.HasErrors, Is.True);
        Assert.That(parsed.Diagnostics.All(d => d.Span.Path == "pkg/mod.py" && d.Span.StartLine >= 1), Is.True);
    }

    private sealed class TempFolder : IDisposable
    {
        public TempFolder()
        {
            Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "python-frontend-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(Path);
        }

        public string Path { get; }

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
