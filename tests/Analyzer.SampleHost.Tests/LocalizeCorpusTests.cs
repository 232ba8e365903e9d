namespace Analyzer.SampleHost.Tests;

/// <summary>
/// localize over the real repositories (Kubernetes 1.20.2, Django 3.2.25; the build's Corpora step exports their roots):
/// every bullet of the report is checked against the corpus text — each line number is where the quoted code really
/// is, the quoted comment is verbatim, and the contrast is locmem's add() with its check and set under the lock.
/// </summary>
[TestFixture]
[Category("Corpus")]
public sealed class LocalizeCorpusTests
{
    private static string _report = string.Empty;
    private static string _kubernetes = string.Empty;
    private static string _django = string.Empty;

    [OneTimeSetUp]
    public void RunLocalizeOnce()
    {
        _kubernetes = Environment.GetEnvironmentVariable("TOCTOU_KUBERNETES") ?? string.Empty;
        _django = Environment.GetEnvironmentVariable("TOCTOU_DJANGO") ?? string.Empty;
        if (!Directory.Exists(_kubernetes) || !Directory.Exists(_django))
            Assert.Ignore(Environment.GetEnvironmentVariable("TOCTOU_CORPORA_UNAVAILABLE")
                          ?? "set TOCTOU_KUBERNETES and TOCTOU_DJANGO (run scripts/corpora.sh, or 'dotnet cake --target=Test', which does) to run the corpus tests");
        var output = Path.Combine(Path.GetTempPath(), "toctou-localize-corpus-" + Guid.NewGuid().ToString("N"), "solution.md");
        var run = HostRun.AsShipped("localize", "--kubernetes", _kubernetes, "--django", _django, "--output", output);
        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
        _report = File.ReadAllText(output);
        TestContext.Out.WriteLine(_report);
        TestContext.Out.WriteLine(run.Error);
        Directory.Delete(Path.GetDirectoryName(output)!, recursive: true);
    }

    private static string[] Lines(string root, string path) => File.ReadAllLines(Path.Combine(root, path));

    private static string Line(string root, string path, string line) => Lines(root, path)[int.Parse(line) - 1];

    [Test]
    public void The_deltafifo_section_points_at_syncKeyLocked_and_its_check_and_act()
    {
        var location = ReportFacts.Match(_report, @"- syncKeyLocked\(\) location: (?<path>\S+delta_fifo\.go):(?<line>\d+)");
        Assert.That(location["path"], Is.EqualTo("staging/src/k8s.io/client-go/tools/cache/delta_fifo.go"));
        Assert.That(Line(_kubernetes, location["path"], location["line"]), Does.Contain("func (f *DeltaFIFO) syncKeyLocked("));

        var check = ReportFacts.Match(_report, @"- TOCTOU check: `(?<code>[^`]+)` \((?<line>\d+)\) before `(?<act>[^`]+)` \((?<actLine>\d+)\)");
        Assert.That(check["code"], Is.EqualTo("if len(f.items[id]) > 0 {"));
        Assert.That(Line(_kubernetes, location["path"], check["line"]).Trim(), Is.EqualTo(check["code"]));
        Assert.That(check["act"], Is.EqualTo("f.queueActionLocked(Sync, obj)"));
        Assert.That(Line(_kubernetes, location["path"], check["actLine"]), Does.Contain(check["act"]));
    }

    [Test]
    public void The_replace_race_names_the_listing_and_the_per_key_lookup()
    {
        var replace = ReportFacts.Match(_report, @"- Replace\(\) race: (?<path>\S+):(?<line>\d+) — ListKeys\(\) at (?<list>\d+) then GetByKey\(\) at (?<get>\d+)");
        Assert.That(replace["path"], Is.EqualTo("staging/src/k8s.io/client-go/tools/cache/delta_fifo.go"));
        Assert.That(Line(_kubernetes, replace["path"], replace["line"]), Does.Contain("func (f *DeltaFIFO) Replace("));
        Assert.That(Line(_kubernetes, replace["path"], replace["list"]), Does.Contain("f.knownObjects.ListKeys()"));
        Assert.That(Line(_kubernetes, replace["path"], replace["get"]), Does.Contain("f.knownObjects.GetByKey("));
    }

    [Test]
    public void The_acknowledgment_comment_is_quoted_verbatim()
    {
        var comment = ReportFacts.Match(_report, @"- Acknowledgment comment: ""(?<quote>[^""]+)"" \((?<from>\d+)–(?<to>\d+)\)");
        var lines = Lines(_kubernetes, "staging/src/k8s.io/client-go/tools/cache/delta_fifo.go")[(int.Parse(comment["from"]) - 1)..int.Parse(comment["to"])];
        var text = string.Join(' ', lines.Select(l => l.Trim().TrimStart('/').Trim()));
        Assert.That(comment["quote"], Is.EqualTo(text));
        Assert.That(comment["quote"], Does.Contain("This is to avoid the race"));
    }

    [Test]
    public void The_caller_lock_is_reported_with_resync()
    {
        var locks = ReportFacts.Match(_report, @"- Lock facts: (?<facts>[^\n]+)");
        Assert.That(locks["facts"], Does.Contain("Resync").And.Contain("f.lock.Lock()"));
    }

    [Test]
    public void The_database_cache_section_points_at_base_set_and_its_queries()
    {
        var location = ReportFacts.Match(_report, @"- _base_set\(\) location: (?<path>\S+):(?<line>\d+)");
        Assert.That(location["path"], Is.EqualTo("django/core/cache/backends/db.py"));
        Assert.That(Line(_django, location["path"], location["line"]), Does.Contain("def _base_set("));

        var sql = ReportFacts.Match(_report, @"- Check-then-act: SELECT \((?<select>\d+)\) → INSERT \((?<insert>\d+)\) / UPDATE \((?<update>\d+), (?<update2>\d+)\) inside `(?<atomic>[^`]+)` \((?<atomicLine>\d+)\), no row lock");
        string Statement(string line) => string.Join(' ', Lines(_django, location["path"])[(int.Parse(line) - 1)..(int.Parse(line) + 3)]);
        Assert.That(Statement(sql["select"]), Does.Contain("cursor.execute(").And.Contain("'SELECT %s, %s FROM %s WHERE %s = %%s'"));
        Assert.That(Statement(sql["insert"]), Does.Contain("cursor.execute(").And.Contain("'INSERT INTO %s"));
        Assert.That(Statement(sql["update"]), Does.Contain("'UPDATE %s SET"));
        Assert.That(Statement(sql["update2"]), Does.Contain("'UPDATE %s SET"));
        Assert.That(Line(_django, location["path"], sql["atomicLine"]).Trim(), Is.EqualTo("with transaction.atomic(using=db):"));
    }

    [Test]
    public void The_swallowed_database_error_is_quoted_with_its_comment()
    {
        var silent = ReportFacts.Match(_report, @"- Silent failure: `(?<except>[^`]+)` \((?<line>\d+)\) → `(?<ret>[^`]+)` at line (?<retLine>\d+) with its comment ""(?<comment>[^""]+)"" \((?<commentLine>\d+)\)");
        const string db = "django/core/cache/backends/db.py";
        Assert.That(silent["except"], Is.EqualTo("except DatabaseError:"));
        Assert.That(Line(_django, db, silent["line"]).Trim(), Is.EqualTo("except DatabaseError:"));
        Assert.That(Line(_django, db, silent["retLine"]).Trim(), Is.EqualTo("return False"));
        Assert.That(Line(_django, db, silent["commentLine"]).Trim(), Is.EqualTo("# " + silent["comment"]));
    }

    [Test]
    public void The_contrast_is_locmem_add_under_its_lock()
    {
        var contrast = ReportFacts.Match(_report, @"- Correct implementation: (?<path>\S+):(?<line>\d+) add\(\) — check and set under `(?<lock>[^`]+)` \((?<lockLine>\d+)\)");
        Assert.That(contrast["path"], Is.EqualTo("django/core/cache/backends/locmem.py"));
        Assert.That(Line(_django, contrast["path"], contrast["line"]), Does.Contain("def add("));
        Assert.That(contrast["lock"], Is.EqualTo("with self._lock:"));
        Assert.That(Line(_django, contrast["path"], contrast["lockLine"]).Trim(), Is.EqualTo("with self._lock:"));
    }

    [Test]
    public void The_report_has_its_outline_and_appendix()
    {
        Assert.That(_report, Does.StartWith("# Cache Race Condition Bug Localization\n"));
        Assert.That(_report, Does.Contain("\n## Kubernetes: DeltaFIFO Race\n"));
        Assert.That(_report, Does.Contain("\n## Django: Database Cache Race\n"));
        Assert.That(_report, Does.Contain("\n## Proposed Fixes\n- Kubernetes: ").And.Contain("\n- Django: "));
        Assert.That(_report, Does.Contain("### Findings per rule"));
    }
}
