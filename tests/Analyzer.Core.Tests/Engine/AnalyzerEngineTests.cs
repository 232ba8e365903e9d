using Analyzer.Core.Engine;
using Analyzer.Core.Tests.Support;
using Analyzer.Core.Text;
using Analyzer.Testing;
using Analyzer.Testing.Toy;

namespace Analyzer.Core.Tests.Engine;

[TestFixture]
public sealed class AnalyzerEngineTests
{
    private static AnalyzerEngine ToyEngine(params Rules.AnalysisRule[] extra) =>
        TestEngine.Create(new ToyFrontend(), [new ToyCheckThenActRule(), new ToyUncheckedActRule(), .. extra]);

    [Test]
    public void Files_of_unknown_extensions_are_skipped()
    {
        using var tree = new TempTree();
        tree.Write("a.toy", "func f {\n  act x\n}\n");
        tree.Write("notes.txt", "func f {\n  act x\n}\n");
        tree.Write("b.go", "package b\n");

        var result = ToyEngine().Scan(new ScanRequest([tree.Root]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Files.Select(f => f.Path), Is.EqualTo(new[] { "a.toy" }));
            Assert.That(result.Findings.Select(f => f.Location.Path), Is.EqualTo(new[] { "a.toy" }));
        });
    }

    [Test]
    public void A_file_of_an_unknown_extension_given_directly_is_skipped()
    {
        using var tree = new TempTree();
        var path = tree.Write("notes.txt", "act x\n");

        var result = ToyEngine().Scan(new ScanRequest([path]));

        Assert.That(result.Files, Is.Empty);
    }

    [Test]
    public void Findings_are_ordered_by_path_line_column_and_rule()
    {
        using var tree = new TempTree();
        tree.Write("sub/c.toy", "func c {\n  act z\n}\n");
        tree.Write("b.toy", "func b {\n  act y; check x; act x\n  act w\n}\n");
        tree.Write("a.toy", "func a {\n\n  act v\n}\n");

        var result = ToyEngine(new EveryActRule()).Scan(new ScanRequest([tree.Root]));

        var order = result.Findings.Select(f => $"{f.Location.Path}:{f.Location.StartLine}:{f.Location.StartColumn} {f.RuleId}");
        Assert.That(order, Is.EqualTo(new[]
        {
            "a.toy:3:3 TEST001", "a.toy:3:3 TOY002",
            "b.toy:2:3 TEST001", "b.toy:2:3 TOY002",
            "b.toy:2:19 TEST001", "b.toy:2:19 TOY001",
            "b.toy:3:3 TEST001", "b.toy:3:3 TOY002",
            "sub/c.toy:2:3 TEST001", "sub/c.toy:2:3 TOY002",
        }));
    }

    [Test]
    public void A_syntax_error_yields_a_located_diagnostic_and_the_scan_goes_on()
    {
        using var tree = new TempTree();
        tree.Write("a.toy", "func a {\n  act x\n  frobnicate x\n  act y\n}\n");
        tree.Write("b.toy", "func b {\n  act z\n}\n");

        var result = ToyEngine().Scan(new ScanRequest([tree.Root]));

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan("a.toy", 3, 3, 3, 15, 19, 31)));
            Assert.That(diagnostic.Message, Does.Contain("cannot read 'frobnicate x'"));
            Assert.That(result.Files.Select(f => (f.Path, f.HasErrors)), Is.EqualTo(new[] { ("a.toy", true), ("b.toy", false) }));
            Assert.That(result.Findings.Select(f => $"{f.Location.Path}:{f.Location.StartLine}"),
                Is.EqualTo(new[] { "a.toy:2", "a.toy:4", "b.toy:2" }));
        });
    }

    [Test]
    public void A_frontend_that_throws_yields_a_diagnostic_and_other_files_are_scanned()
    {
        using var tree = new TempTree();
        tree.Write("a.toy", "// crash\n");
        tree.Write("b.toy", "func b {\n  act z\n}\n");
        var engine = TestEngine.Create(new ThrowingFrontend(), new ToyUncheckedActRule());

        var result = engine.Scan(new ScanRequest([tree.Root]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Diagnostics.Single().Span.Path, Is.EqualTo("a.toy"));
            Assert.That(result.Diagnostics.Single().Message, Does.Contain("InvalidDataException: the frontend crashed"));
            Assert.That(result.Findings.Single().Location.Path, Is.EqualTo("b.toy"));
        });
    }

    [Test]
    public void A_function_whose_model_cannot_be_built_yields_a_diagnostic_and_the_rest_is_reported()
    {
        using var tree = new TempTree();
        // A function that decides nothing has no check-and-act to summarize, and its model is not built: a's act is guarded.
        tree.Write("a.toy", "func a {\n  if x {\n    act explode\n  }\n}\nfunc c {\n  act y\n}\n");
        tree.Write("b.toy", "func b {\n  act z\n}\n");
        var engine = TestEngine.Create(new ThrowingFrontend(), new ToyUncheckedActRule());

        var result = engine.Scan(new ScanRequest([tree.Root]));

        Assert.Multiple(() =>
        {
            var diagnostic = result.Diagnostics.Single();
            Assert.That(diagnostic.Span.Path, Is.EqualTo("a.toy"));
            Assert.That(diagnostic.Span.StartLine, Is.EqualTo(1));
            Assert.That(diagnostic.Message, Does.Contain("the analysis of 'a' failed (InvalidOperationException: the model blew up)"));
            Assert.That(result.Findings.Select(f => $"{f.Location.Path}:{f.Location.StartLine}"), Is.EqualTo(new[] { "a.toy:3", "a.toy:7", "b.toy:2" }));
        });
    }

    [Test]
    public void A_missing_path_is_a_clear_error()
    {
        using var tree = new TempTree();
        var missing = tree.PathOf("nowhere");

        var error = Assert.Throws<FileNotFoundException>(() => ToyEngine().Scan(new ScanRequest([missing])));

        Assert.That(error.Message, Does.Contain(missing).And.Contain("does not exist"));
    }

    [Test]
    public void An_unreadable_file_yields_a_diagnostic_and_the_scan_goes_on()
    {
        using var tree = new TempTree();
        var locked = tree.Write("a.toy", "func a {\n  act x\n}\n");
        tree.Write("b.toy", "func b {\n  act y\n}\n");

        // An exclusive share mode makes every other open fail, also for root (chmod would not).
        using (new FileStream(locked, FileMode.Open, FileAccess.ReadWrite, FileShare.None))
        {
            var result = ToyEngine().Scan(new ScanRequest([tree.Root]));

            Assert.Multiple(() =>
            {
                var diagnostic = result.Diagnostics.Single();
                Assert.That(diagnostic.Span.Path, Is.EqualTo("a.toy"));
                Assert.That(diagnostic.Message, Does.StartWith("cannot read the file:").And.Contain("check that it exists and is readable"));
                Assert.That(result.Findings.Select(f => f.Location.Path), Is.EqualTo(new[] { "b.toy" }));
            });
        }
    }

    [Test]
    public void A_rule_that_throws_yields_a_diagnostic_and_other_rules_still_report()
    {
        using var tree = new TempTree();
        tree.Write("a.toy", "func a {\n  act boom\n  act x\n}\n");

        var result = ToyEngine(new ThrowingRule()).Scan(new ScanRequest([tree.Root]));

        var diagnostic = result.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan("a.toy", 2, 3, 2, 11, 11, 19)));
            Assert.That(diagnostic.Message, Does.Contain("rule TEST999 failed here").And.Contain("boom went off"));
            Assert.That(result.Findings.Select(f => $"{f.RuleId} {f.Location.StartLine}"), Is.EqualTo(new[] { "TOY002 2", "TOY002 3" }));
        });
    }

    [Test]
    public void A_cancelled_token_stops_the_scan()
    {
        using var tree = new TempTree();
        tree.Write("a.toy", "func a {\n  act x\n}\n");
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.That(() => ToyEngine().Scan(new ScanRequest([tree.Root]), cancellationToken: cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }

    [Test]
    public void Cancelling_during_the_scan_stops_it_before_the_remaining_files()
    {
        using var tree = new TempTree();
        for (var i = 0; i < 20; i++) tree.Write($"p{i:D2}/a.toy", "func a {\n  act x\n}\n");
        using var cancellation = new CancellationTokenSource();
        var progress = new RecordingProgress(_ => cancellation.Cancel());

        Assert.That(() => ToyEngine().Scan(new ScanRequest([tree.Root], MaxParallelism: 1), progress, cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(progress.Reports, Has.Count.LessThan(20));
    }

    [Test]
    public void Progress_counts_every_file_once()
    {
        using var tree = new TempTree();
        for (var i = 0; i < 7; i++) tree.Write($"p{i % 3}/f{i}.toy", "func a {\n  act x\n}\n");
        tree.Write("ignored.txt", "x");
        var progress = new RecordingProgress();

        ToyEngine().Scan(new ScanRequest([tree.Root]), progress);

        Assert.Multiple(() =>
        {
            Assert.That(progress.Reports.Select(r => r.FilesDone).Order(), Is.EqualTo(Enumerable.Range(1, 7)));
            Assert.That(progress.Reports.Select(r => r.FilesTotal), Is.All.EqualTo(7));
        });
    }

    [Test]
    public void Parallel_and_sequential_scans_give_identical_results()
    {
        using var tree = new TempTree();
        for (var i = 0; i < 40; i++)
            tree.Write($"pkg{i % 8}/file{i}.toy",
                $"func F{i} {{\n  check a{i % 3}\n  act a{i % 3}; act b\n  if c {{\n    act c\n  }}\n}}\n" + (i % 10 == 0 ? "oops\n" : ""));

        var sequential = ToyEngine(new EveryActRule()).Scan(new ScanRequest([tree.Root], MaxParallelism: 1));
        var parallel = ToyEngine(new EveryActRule()).Scan(new ScanRequest([tree.Root], MaxParallelism: 8));

        Assert.Multiple(() =>
        {
            Assert.That(sequential.Findings, Has.Count.EqualTo(40 * 6));
            Assert.That(sequential.Diagnostics, Has.Count.EqualTo(4));
            Assert.That(FindingText.Of(parallel), Is.EqualTo(FindingText.Of(sequential)));
        });
    }

    [Test]
    public void Parse_only_runs_no_rules()
    {
        using var tree = new TempTree();
        tree.Write("a.toy", "func a {\n  act x\n}\n");

        var result = ToyEngine().Scan(new ScanRequest([tree.Root], RunRules: false));

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings, Is.Empty);
            Assert.That(result.Files.Single().Lines, Is.EqualTo(4));
            Assert.That(result.Lines, Is.EqualTo(4));
        });
    }

    [Test]
    public void A_single_file_is_reported_by_its_name()
    {
        using var tree = new TempTree();
        var path = tree.Write("deep/er/a.toy", "func a {\n  act x\n}\n");

        var result = ToyEngine().Scan(new ScanRequest([path]));

        Assert.That(result.Findings.Single().Location.Path, Is.EqualTo("a.toy"));
    }
}
