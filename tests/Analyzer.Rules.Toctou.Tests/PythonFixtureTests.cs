using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Frontends.Python;
using Analyzer.Testing;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>The Python fixtures: every expected finding is marked inline (# Noncompliant, # Secondary); every other
/// function in them is a negative that must stay silent.</summary>
[TestFixture]
public sealed class PythonFixtureTests
{
    [TestCase("SharedState")]
    [TestCase("DatabaseCache")]
    [TestCase("FileSystem")]
    [TestCase("Cache")]
    [TestCase("Sql")]
    [TestCase("Claims")]
    [TestCase("ExternalStore")]
    public void Package_matches_its_inline_expectations(string package) =>
        Verifier.VerifyFolder($"Fixtures/Python/{package}", new PythonFrontend(), AllRules.Create());

    [Test]
    public void A_swallowed_database_error_makes_the_sql_race_an_error_with_a_locked_contrast()
    {
        var result = Verifier.VerifyFolder("Fixtures/Python/DatabaseCache", new PythonFrontend(), AllRules.Create());

        var finding = result.Findings.Single(f => f.FunctionName == "SqlStore._write");
        Assert.That(finding.Level, Is.EqualTo(FindingLevel.Error));
        var contrast = finding.WithRole(LocationRole.Contrast).ToList();
        Assert.That(contrast, Has.Count.EqualTo(2));
        Assert.That(contrast[0].Code, Does.Contain("def add(self, key, value):"));
        Assert.That(contrast[0].Message, Does.Contain("MemoryStore.add()"));
        Assert.That(contrast[1].Code, Is.EqualTo("with self._lock:"));
        Assert.That(finding.Fix, Does.Contain("FOR UPDATE").And.Contain("ON CONFLICT"));
    }

    [Test]
    public void A_race_across_an_await_is_fixed_with_an_asyncio_lock_not_a_thread_lock()
    {
        var result = Verifier.VerifyFolder("Fixtures/Python/SharedState", new PythonFrontend(), AllRules.Create());

        var acrossAwait = result.Findings.Where(f => f.Message.Contains("lets other tasks run in between")).ToList();
        Assert.That(acrossAwait, Is.Not.Empty);
        Assert.That(acrossAwait.Select(f => f.Fix), Is.All.Contains("asyncio.Lock").And.All.Not.EqualTo(FixAdvice.For(FixKind.HoldLockAcrossCheckAndAct, "python")));
    }

    [Test]
    public void A_sibling_in_test_code_is_no_contrast()
    {
        var source = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures/Python/DatabaseCache/stores.py"));
        var memoryStore = source.IndexOf("class MemoryStore", StringComparison.Ordinal);
        var folder = Directory.CreateTempSubdirectory("toctou-contrast-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "stores.py"), source[..memoryStore]);
            File.WriteAllText(Path.Combine(folder, "test_stores.py"), "import threading\n\nfrom stores import BaseStore\n\n\n" + source[memoryStore..]);

            var finding = AllRules.Engine.Scan(new ScanRequest([folder])).Findings.Single(f => f.FunctionName == "SqlStore._write");

            Assert.That(finding.WithRole(LocationRole.Contrast), Is.Empty);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_lock_only_the_name_promises_is_a_note()
    {
        var result = Verifier.VerifyFolder("Fixtures/Python/SharedState", new PythonFrontend(), AllRules.Create());

        Assert.That(result.Findings.Single(f => f.FunctionName == "Registry._drop_locked").Level, Is.EqualTo(FindingLevel.Note));
    }

    [Test]
    public void A_memoisation_is_a_note_and_a_check_against_duplicates_is_not()
    {
        var result = Verifier.VerifyFolder("Fixtures/Python/SharedState", new PythonFrontend(), AllRules.Create());

        Assert.That(result.Findings.Single(f => f.FunctionName == "compiled_fast").Level, Is.EqualTo(FindingLevel.Note));
        Assert.That(result.Findings.Single(f => f.FunctionName == "load_plugin").Level, Is.EqualTo(FindingLevel.Warning));
    }

    [Test]
    public void A_value_kept_on_the_class_points_at_the_class_body_and_one_filled_after_storing_is_a_warning()
    {
        var result = Verifier.VerifyFolder("Fixtures/Python/SharedState", new PythonFrontend(), AllRules.Create());

        var singleton = result.Findings.Single(f => f.FunctionName == "EventLoop.current");
        var kept = singleton.WithRole(LocationRole.Concurrency).Single();
        Assert.That((kept.Span.StartLine, kept.Code.Trim()), Is.EqualTo((83, "_current = None")));
        Assert.That(kept.Message, Does.StartWith("_current is kept on the class EventLoop, one for the whole process"));
        Assert.That((singleton.Level, result.Findings.Single(f => f.FunctionName == "get_table").Level), Is.EqualTo((FindingLevel.Note, FindingLevel.Warning)));
        Assert.That(singleton.Fix, Does.Contain("module-level lock"));
        var perClass = result.Findings.Single(f => f.FunctionName == "SingletonMeta.__call__").WithRole(LocationRole.Concurrency).Single();
        Assert.That(perClass.Message, Does.StartWith("_singletons is kept on the class cls refers to, one for the whole process"));
    }
}
