using Analyzer.Core.Engine;
using Analyzer.Core.Ir;
using Analyzer.Core.Text;
using Analyzer.Frontends.Go.Tests.Support;

namespace Analyzer.Frontends.Go.Tests;

/// <summary>Inputs that must yield a diagnostic with a location (or parse cleanly), never a crash.</summary>
[TestFixture]
public sealed class PathologicalInputTests
{
    [Test]
    public void A_syntax_error_is_a_diagnostic_with_its_location_and_the_scan_goes_on()
    {
        var folder = Path.Combine(Path.GetTempPath(), "go-frontend-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            File.WriteAllText(Path.Combine(folder, "bad.go"), "package p\n\nfunc f() {\n\tx := \n\tif {\n}\n");
            File.WriteAllText(Path.Combine(folder, "good.go"), "package p\n\ntype T struct{ mu sync.Mutex }\n");
            var result = TestEngine.Create(new GoFrontend()).Scan(new ScanRequest([folder], RunRules: false));
            Assert.Multiple(() =>
            {
                Assert.That(result.Files.Select(f => (f.Path, f.HasErrors)), Is.EqualTo(new[] { ("bad.go", true), ("good.go", false) }));
                var error = result.Diagnostics.First();
                Assert.That(error.Severity, Is.EqualTo(DiagnosticSeverity.Error));
                Assert.That((error.Span.Path, error.Span.StartLine), Is.EqualTo(("bad.go", 5)));
                Assert.That(error.ToString(), Does.StartWith("bad.go:5:"));
                Assert.That(error.Message, Does.Contain("syntax error"));
                Assert.That(result.Diagnostics.Where(d => d.Span.Path == "good.go"), Is.Empty);
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_file_with_errors_still_lowers_what_it_can()
    {
        var parsed = GoSource.Parse("package p\n\ntype T struct{ mu sync.Mutex }\n\nfunc (t *T) f() {\n\tt.mu.Lock(\n}\n\nfunc g() {}\n");
        Assert.Multiple(() =>
        {
            Assert.That(parsed.HasErrors, Is.True);
            Assert.That(parsed.Diagnostics.First().Span.StartLine, Is.EqualTo(7));
            Assert.That(parsed.Module, Is.Not.Null);
            Assert.That(parsed.Module!.All<TypeDecl>().Select(t => t.Name), Is.EqualTo(new[] { "T" }));
        });
    }

    [Test]
    public void Ten_thousand_nested_parentheses_are_a_nesting_diagnostic()
    {
        var source = "package p\n\nvar x = " + new string('(', 10_000) + "1" + new string(')', 10_000) + "\n";
        AssertNestingDiagnostic(GoSource.Parse(source));
    }

    [Test]
    public void Ten_thousand_nested_unary_operators_are_a_nesting_diagnostic()
    {
        var source = "package p\n\nvar x = " + new string('!', 10_000) + "b\n";
        AssertNestingDiagnostic(GoSource.Parse(source));
    }

    [Test]
    public void Ten_thousand_nested_blocks_are_a_nesting_diagnostic()
    {
        var source = "package p\n\nfunc f() {\n" + new string('{', 10_000) + new string('}', 10_000) + "\n}\n";
        AssertNestingDiagnostic(GoSource.Parse(source));
    }

    [Test]
    public void Ten_thousand_nested_ifs_are_a_nesting_diagnostic()
    {
        var source = "package p\n\nfunc f() {\n" + string.Concat(Enumerable.Repeat("if x {\n", 10_000)) + new string('}', 10_000) + "\n}\n";
        AssertNestingDiagnostic(GoSource.Parse(source));
    }

    [Test]
    public void Deep_but_reasonable_nesting_parses()
    {
        var source = "package p\n\nvar x = " + new string('(', 200) + "1" + new string(')', 200) + "\n\nfunc f() {\n"
                     + string.Concat(Enumerable.Repeat("if x {\n", 200)) + new string('}', 200) + "\n}\n";
        var module = GoSource.Lower(source);
        Assert.That(module.All<IfStatement>(), Has.Count.EqualTo(200));
    }

    [Test]
    public void A_prefix_chain_past_the_limit_is_a_diagnostic_at_the_first_link_past_it()
    {
        var source = "package p\n\nvar x " + string.Concat(Enumerable.Repeat("[]", 1_001)) + "int\n";

        var parsed = GoSource.Parse(source);

        AssertNestingDiagnostic(parsed);
        var diagnostic = parsed.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
        Assert.That((diagnostic.Span.StartLine, diagnostic.Span.StartColumn), Is.EqualTo((3, 7 + 2 * 1_000 + 1)), "at the 1,001st ']'");
    }

    [Test]
    public void A_chain_as_long_as_the_go_test_suites_own_parses()
    {
        // Go's test/fixedbugs/issue29312.go nests 253 slice types; go/parser accepts it, and so must we.
        var source = "package p\n\nvar x " + string.Concat(Enumerable.Repeat("[]", 253)) + "int\n";

        var module = GoSource.Lower(source);

        Assert.That(module.Body, Is.Not.Empty);
    }

    private static void AssertNestingDiagnostic(Analyzer.Core.Frontends.ParsedFile parsed)
    {
        Assert.Multiple(() =>
        {
            Assert.That(parsed.HasErrors, Is.True);
            var diagnostic = parsed.Diagnostics.First(d => d.Severity == DiagnosticSeverity.Error);
            Assert.That(diagnostic.Message, Does.Contain("nesting is too deep"));
            Assert.That(diagnostic.Span.Path, Is.EqualTo("pkg/file.go"));
        });
    }
}
