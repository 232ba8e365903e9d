namespace Analyzer.SampleHost.Tests;

/// <summary>localize's checks of its inputs and its output, all before the scan: a missing or empty repository folder
/// or an --output it cannot or must not write is a one-line usage error, and nothing is written.</summary>
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
        using var tree = TinyRepositories.Create();

        var run = TinyRepositories.Localize(tree, "--output", tree.PathOf("solution.md"), "--scenario", tree.PathOf("nope.txt"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("scenario file"), run.ToString);
    }

    [Test]
    public void An_empty_output_exits_2_with_one_line()
    {
        using var tree = TinyRepositories.Create();

        var run = TinyRepositories.Localize(tree, "--output", "");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.StartsWith("toctou: --output is empty; give a file name"), run.ToString);
    }

    [Test]
    public void An_output_that_is_a_directory_is_refused_before_the_scan()
    {
        using var tree = TinyRepositories.Create();
        Directory.CreateDirectory(tree.PathOf("out"));

        var run = TinyRepositories.Localize(tree, "--output", tree.PathOf("out"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("is a directory; give a file name"), run.ToString);
    }

    [Test]
    public void An_output_whose_folder_cannot_be_made_is_refused_before_the_scan()
    {
        using var tree = TinyRepositories.Create().With("notes.txt", "a file, not a folder\n");

        var run = TinyRepositories.Localize(tree, "--output", tree.PathOf("notes.txt/solution.md"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("cannot write the report to"), run.ToString);
    }

    [Test]
    public void An_output_in_a_folder_that_cannot_be_written_is_refused_before_the_scan()
    {
        Assume.That("/proc", Does.Exist, "a folder that not even root can write");
        using var tree = TinyRepositories.Create();

        var run = TinyRepositories.Localize(tree, "--output", "/proc/solution.md");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("cannot write the report to '/proc/solution.md'"), run.ToString);
    }

    [TestCase("kubernetes/a.go")]
    [TestCase("django/app.py")]
    [TestCase("scenario.txt")]
    public void An_output_that_names_a_file_localize_reads_is_refused_before_the_scan_and_left_alone(string input)
    {
        using var tree = TinyRepositories.Create().With("scenario.txt", "stale cache entries\n");
        var before = File.ReadAllText(tree.PathOf(input));

        var run = TinyRepositories.Localize(tree, "--scenario", tree.PathOf("scenario.txt"), "--output", tree.PathOf(input));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("is a file the command reads"), run.ToString);
        Assert.That(File.ReadAllText(tree.PathOf(input)), Is.EqualTo(before));
    }
}
