using System.Text.Json;

namespace Analyzer.SampleHost.Tests;

[TestFixture]
public sealed class ScanCommandTests
{
    [Test]
    public void A_tree_without_findings_exits_0_and_writes_the_report_to_stdout()
    {
        using var tree = new TempTree().With("queue/len.toy", ToySources.Clean);

        var run = HostRun.InProcess("scan", tree.Root);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
        Assert.That(run.Out, Is.Not.Empty, run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.StartsWith("toctou: scanned 1 files"), run.ToString);
    }

    [Test]
    public void An_error_level_finding_exits_1()
    {
        using var tree = new TempTree().With("queue/len.toy", ToySources.Clean).With("queue/pop.toy", ToySources.ErrorRace);

        var run = HostRun.InProcess("scan", tree.Root);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings), run.ToString);
        Assert.That(run.ErrorLines.Last(), Does.Contain("1 findings (1 error, 0 warning, 0 note)"), run.ToString);
    }

    [Test]
    public void Warning_level_findings_alone_exit_0()
    {
        using var tree = new TempTree().With("cache/add.toy", ToySources.WarningRace);

        var run = HostRun.InProcess("scan", tree.Root);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
        Assert.That(run.ErrorLines.Last(), Does.Contain("1 findings (0 error, 1 warning, 0 note)"), run.ToString);
    }

    [Test]
    public void A_second_scan_with_the_same_cache_analyses_no_unchanged_folder_again()
    {
        using var tree = new TempTree().With("src/queue/pop.toy", ToySources.ErrorRace).With("src/cache/add.toy", ToySources.WarningRace);
        var cache = tree.PathOf("cache");

        var first = HostRun.InProcess("scan", tree.PathOf("src"), "--cache", cache);
        var second = HostRun.InProcess("scan", tree.PathOf("src"), "--cache", cache);

        Assert.Multiple(() =>
        {
            Assert.That(first.ErrorLines.Last(), Does.Not.Contain("unchanged"), first.ToString);
            Assert.That(second.ErrorLines.Last(), Does.Contain("2 folders unchanged since a cached scan were not analysed again"), second.ToString);
            Assert.That(second.Out, Is.EqualTo(first.Out));
            Assert.That(second.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings));
        });
    }

    [Test]
    public void No_cache_keeps_nothing()
    {
        using var tree = new TempTree().With("src/queue/pop.toy", ToySources.ErrorRace);
        var cache = tree.PathOf("cache");

        HostRun.InProcess("scan", tree.PathOf("src"), "--cache", cache, "--no-cache");
        var second = HostRun.InProcess("scan", tree.PathOf("src"), "--cache", cache, "--no-cache");

        Assert.Multiple(() =>
        {
            Assert.That(Directory.Exists(cache), Is.False);
            Assert.That(second.ErrorLines.Last(), Does.Not.Contain("unchanged"), second.ToString);
        });
    }

    [Test]
    public void Vendored_code_is_left_out_by_default_and_the_summary_says_so()
    {
        using var tree = new TempTree().With("queue/pop.toy", ToySources.ErrorRace).With("vendor/lib/pop.toy", ToySources.ErrorRace);

        var byDefault = HostRun.InProcess("scan", tree.Root, "--format", "sarif", "--no-cache");
        var everything = HostRun.InProcess("scan", tree.Root, "--format", "sarif", "--no-cache", "--no-default-excludes");

        Assert.Multiple(() =>
        {
            Assert.That(byDefault.Out, Does.Contain("queue/pop.toy").And.Not.Contain("vendor/lib/pop.toy"));
            Assert.That(byDefault.ErrorLines.Last(), Does.Contain("1 files left out (vendor/: 1)"), byDefault.ToString);
            Assert.That(everything.Out, Does.Contain("vendor/lib/pop.toy"));
            Assert.That(everything.ErrorLines.Last(), Does.Not.Contain("left out"), everything.ToString);
        });
    }

    [Test]
    public void Include_and_exclude_globs_choose_the_files_relative_to_the_scanned_folder()
    {
        using var tree = new TempTree().With("queue/pop.toy", ToySources.ErrorRace).With("cache/add.toy", ToySources.WarningRace)
            .With("cache/migrations/0001.toy", ToySources.ErrorRace);

        var excluded = HostRun.InProcess("scan", tree.Root, "--format", "sarif", "--no-cache", "--exclude", "**/migrations/**", "--exclude", "queue/*.toy");
        var included = HostRun.InProcess("scan", tree.Root, "--format", "sarif", "--no-cache", "--include", "queue/**");

        Assert.Multiple(() =>
        {
            Assert.That(excluded.Out, Does.Contain("cache/add.toy").And.Not.Contain("migrations").And.Not.Contain("queue/pop.toy"));
            Assert.That(excluded.ErrorLines.Last(), Does.Contain("2 files left out (matched by an exclude glob: 2)"), excluded.ToString);
            Assert.That(excluded.ExitCode, Is.EqualTo(ExitCodes.Clean));
            Assert.That(included.Out, Does.Contain("queue/pop.toy").And.Not.Contain("cache/"));
            Assert.That(included.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings));
        });
    }

    [TestCase("error", ExitCodes.Clean)]
    [TestCase("warning", ExitCodes.ErrorFindings)]
    [TestCase("note", ExitCodes.ErrorFindings)]
    [TestCase("none", ExitCodes.Clean)]
    public void Fail_on_sets_the_least_level_that_fails_the_scan(string level, int exitCode)
    {
        using var tree = new TempTree().With("cache/add.toy", ToySources.WarningRace);

        var run = HostRun.InProcess("scan", tree.Root, "--no-cache", "--fail-on", level);

        Assert.That(run.ExitCode, Is.EqualTo(exitCode), run.ToString);
    }

    [Test]
    public void Fail_on_none_passes_even_an_error_level_finding_and_an_unknown_level_is_a_usage_error()
    {
        using var tree = new TempTree().With("queue/pop.toy", ToySources.ErrorRace);

        var none = HostRun.InProcess("scan", tree.Root, "--no-cache", "--fail-on", "none");
        var bad = HostRun.InProcess("scan", tree.Root, "--no-cache", "--fail-on", "critical");

        Assert.Multiple(() =>
        {
            Assert.That(none.ExitCode, Is.EqualTo(ExitCodes.Clean), none.ToString);
            Assert.That(bad.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), bad.ToString);
            Assert.That(bad.Error, Does.Contain("--fail-on 'critical' is not a level; give one of: error, warning, note, none, new."));
        });
    }

    [Test]
    public void Github_format_writes_one_annotation_per_finding()
    {
        using var tree = new TempTree().With("queue/pop.toy", ToySources.ErrorRace).With("cache/add.toy", ToySources.WarningRace);

        var run = HostRun.InProcess("scan", tree.Root, "--no-cache", "--format", "github");

        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(2), run.ToString);
            Assert.That(lines, Has.Some.StartWith("::warning file=cache/add.toy,line="));
            Assert.That(lines, Has.Some.StartWith("::error file=queue/pop.toy,line="));
        });
    }

    [Test]
    public void A_finding_accepted_in_source_never_fails_the_scan_and_the_summary_counts_it()
    {
        const string accepted = """
            func Queue.Pop {
              if items {
                act items // toctou:ignore TOY001 -- only the owner goroutine pops
              }
            }
            """;
        using var tree = new TempTree().With("queue/pop.toy", accepted);

        var run = HostRun.InProcess("scan", tree.Root, "--no-cache", "--fail-on", "note");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
            Assert.That(run.ErrorLines.Last(), Does.Contain("0 findings (0 error, 0 warning, 0 note); 1 more accepted by toctou:ignore comments"), run.ToString);
        });
    }

    [Test]
    public void Fail_on_new_fails_only_on_findings_the_baseline_lacks()
    {
        using var tree = new TempTree().With("src/queue/pop.toy", ToySources.ErrorRace);
        var baseline = tree.PathOf("main.sarif");
        HostRun.InProcess("scan", tree.PathOf("src"), "--no-cache", "--format", "sarif", "--output", baseline);

        var unchanged = HostRun.InProcess("scan", tree.PathOf("src"), "--no-cache", "--baseline", baseline, "--fail-on", "new");
        tree.With("src/cache/add.toy", ToySources.WarningRace);
        var added = HostRun.InProcess("scan", tree.PathOf("src"), "--no-cache", "--baseline", baseline, "--fail-on", "new");
        var noBaseline = HostRun.InProcess("scan", tree.PathOf("src"), "--no-cache", "--fail-on", "new");

        Assert.Multiple(() =>
        {
            Assert.That(unchanged.ExitCode, Is.EqualTo(ExitCodes.Clean), unchanged.ToString);
            Assert.That(unchanged.ErrorLines.Last(), Does.Contain("against the baseline 0 new, 0 updated, 1 unchanged, 0 absent"), unchanged.ToString);
            Assert.That(added.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings), added.ToString);
            Assert.That(added.Out, Does.Contain("(warning, new)"), added.ToString);
            Assert.That(noBaseline.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), noBaseline.ToString);
            Assert.That(noBaseline.Error, Does.Contain("--fail-on new needs --baseline FILE"));
        });
    }

    [Test]
    public void A_single_file_can_be_scanned()
    {
        using var tree = new TempTree().With("pop.toy", ToySources.ErrorRace);

        var run = HostRun.InProcess("scan", tree.PathOf("pop.toy"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings), run.ToString);
    }

    [Test]
    public void Sarif_written_to_a_file_is_valid_json_with_the_findings_and_stdout_stays_empty()
    {
        using var tree = new TempTree().With("src/pop.toy", ToySources.ErrorRace).With("src/add.toy", ToySources.WarningRace);
        var report = tree.PathOf("report.sarif");

        var run = HostRun.InProcess("scan", tree.PathOf("src"), "--format", "sarif", "--output", report);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings), run.ToString);
        Assert.That(run.Out, Is.Empty, run.ToString);
        Assert.That(run.ErrorLines.Last(), Does.EndWith($"report written to {report}."), run.ToString);
        using var sarif = JsonDocument.Parse(File.ReadAllText(report));
        Assert.That(sarif.RootElement.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.That(results.GetArrayLength(), Is.EqualTo(2));
        Assert.That(results.EnumerateArray().Select(r => r.GetProperty("ruleId").GetString()), Is.All.EqualTo(ToyCheckThenActRule.Id));
    }

    [Test]
    public void Markdown_is_the_default_format()
    {
        using var tree = new TempTree().With("pop.toy", ToySources.ErrorRace);

        var byDefault = HostRun.InProcess("scan", tree.Root);
        var markdown = HostRun.InProcess("scan", tree.Root, "--format", "markdown");

        Assert.That(byDefault.Out, Is.EqualTo(markdown.Out));
        Assert.That(byDefault.Out, Does.Contain("pop.toy"));
    }

    [Test]
    public void Redirected_output_carries_the_report_and_no_progress_or_terminal_codes()
    {
        using var tree = new TempTree().With("pop.toy", ToySources.ErrorRace);

        var run = HostRun.InProcess("scan", tree.Root, "--format", "sarif");

        Assert.That(run.Out.Contains('\u001b', StringComparison.Ordinal), Is.False, "no ANSI escape codes on redirected stdout");
        Assert.That(run.Error.Contains('\u001b', StringComparison.Ordinal), Is.False, "no ANSI escape codes on redirected stderr");
        Assert.That(run.Out, Does.Not.Contain("Scanning"), "no progress on stdout");
        Assert.DoesNotThrow(() => JsonDocument.Parse(run.Out).Dispose(), "stdout is exactly the SARIF report");
    }

    [Test]
    public void An_empty_tree_exits_0_and_warns_that_nothing_was_read()
    {
        using var tree = new TempTree();

        var run = HostRun.InProcess("scan", tree.Root);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
        Assert.That(run.ErrorLines, Has.Some.Contains("no file with a known extension"), run.ToString);
    }

    [Test]
    public void Max_file_size_skips_larger_files_with_a_diagnostic_and_keeps_the_rest()
    {
        using var tree = new TempTree().With("pop.toy", ToySources.ErrorRace).With("len.toy", ToySources.Clean);
        var limit = Math.Min(ToySources.ErrorRace.Length, ToySources.Clean.Length) - 1;

        var tight = HostRun.InProcess("scan", tree.Root, "--max-file-size", limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var roomy = HostRun.InProcess("scan", tree.Root, "--max-file-size", "1000000");

        Assert.That(tight.ExitCode, Is.EqualTo(ExitCodes.Clean), tight.ToString);
        Assert.That(tight.Out, Does.Contain("more than the limit of"), tight.ToString);
        Assert.That(roomy.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings), roomy.ToString);
    }

    [TestCase("abc")]
    [TestCase("0")]
    [TestCase("99999999999999999999")]
    public void A_max_file_size_that_is_not_a_positive_number_is_a_one_line_usage_error(string value)
    {
        using var tree = new TempTree().With("pop.toy", ToySources.ErrorRace);

        var run = HostRun.InProcess("scan", tree.Root, "--max-file-size", value);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains($"--max-file-size '{value}' is not a whole number of bytes"), run.ToString);
    }
}
