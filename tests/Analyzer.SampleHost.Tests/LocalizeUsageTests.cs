namespace Analyzer.SampleHost.Tests;

/// <summary>localize's checks of its inputs: a missing or empty repository folder is a one-line usage error, and
/// nothing is written.</summary>
[TestFixture]
public sealed class LocalizeUsageTests
{
    [Test]
    public void A_missing_repository_folder_is_named_and_nothing_is_written()
    {
        using var tree = new TempTree().With("django/app.py", "x = 1\n");
        var output = tree.PathOf("out/solution.md");

        var run = HostRun.InProcess("localize", "--kubernetes", tree.PathOf("no-such-kubernetes"), "--django", tree.PathOf("django"), "--output", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("no-such-kubernetes").And.One.Contains("--kubernetes"), run.ToString);
        Assert.That(File.Exists(output), Is.False);
    }

    [Test]
    public void A_folder_without_sources_of_the_language_is_rejected()
    {
        using var tree = new TempTree().With("kubernetes/README.md", "not go\n").With("django/app.py", "x = 1\n");

        var run = HostRun.InProcess("localize", "--kubernetes", tree.PathOf("kubernetes"), "--django", tree.PathOf("django"), "--output", tree.PathOf("solution.md"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("has no .go file"), run.ToString);
    }

    [Test]
    public void A_missing_scenario_file_says_what_to_give()
    {
        using var tree = new TempTree().With("kubernetes/a.go", "package a\n").With("django/app.py", "x = 1\n");

        var run = HostRun.InProcess("localize", "--kubernetes", tree.PathOf("kubernetes"), "--django", tree.PathOf("django"),
            "--output", tree.PathOf("solution.md"), "--scenario", tree.PathOf("nope.txt"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("scenario file"), run.ToString);
    }
}
