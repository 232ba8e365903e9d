namespace Analyzer.SampleHost.Tests;

[TestFixture]
public sealed class FixCommandTests
{
    private const string Racy = """
        import os


        def ensure(path):
            if not os.path.isdir(path):
                os.makedirs(path)
            return path


        def keep(path):
            if not os.path.isdir(path):
                os.makedirs(path)  # toctou:ignore TOCTOU004 -- a one-shot CLI
        """;

    [Test]
    public void A_dry_run_prints_the_fix_and_changes_nothing()
    {
        using var tree = new TempTree().With("app/dirs.py", Racy);

        var run = HostRun.AsShipped("fix", tree.Root, "--dry-run", "--no-cache");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
            Assert.That(run.Out, Does.Contain("app/dirs.py:6: TOCTOU004: Create the directory with exist_ok=True instead of checking first"));
            Assert.That(run.Out, Does.Contain("- if not os.path.isdir(path):").And.Contain("+ os.makedirs(path, exist_ok=True)"));
            Assert.That(run.ErrorLines.Last(), Is.EqualTo("toctou: 1 fixes in 1 files would be made (dry run; no file changed)."));
            Assert.That(File.ReadAllText(tree.PathOf("app/dirs.py")), Is.EqualTo(Racy));
        });
    }

    [Test]
    public void Fix_makes_the_fix_the_accepted_finding_keeps_its_code_and_a_new_scan_finds_only_that_one()
    {
        using var tree = new TempTree().With("app/dirs.py", Racy);

        var run = HostRun.AsShipped("fix", tree.Root, "--no-cache");
        var rescan = HostRun.AsShipped("scan", tree.Root, "--no-cache", "--format", "sarif");

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
            Assert.That(File.ReadAllText(tree.PathOf("app/dirs.py")), Is.EqualTo(Racy.Replace(
                "    if not os.path.isdir(path):\n        os.makedirs(path)\n    return path", "    os.makedirs(path, exist_ok=True)\n    return path")));
            Assert.That(rescan.Out, Does.Contain("\"kind\": \"inSource\""));
            Assert.That(rescan.ErrorLines.Last(), Does.Contain("0 findings").And.Contain("1 more accepted by toctou:ignore comments"), rescan.ToString);
        });
    }

    [Test]
    public void Rule_limits_the_fixes_to_the_rules_it_names()
    {
        using var tree = new TempTree().With("app/dirs.py", Racy);

        var run = HostRun.AsShipped("fix", tree.Root, "--no-cache", "--rule", "TOCTOU001");

        Assert.Multiple(() =>
        {
            Assert.That(run.ErrorLines.Last(), Is.EqualTo("toctou: 0 fixes in 0 files made."));
            Assert.That(File.ReadAllText(tree.PathOf("app/dirs.py")), Is.EqualTo(Racy));
        });
    }
}
