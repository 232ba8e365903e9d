using Analyzer.SampleHost.Localization;

namespace Analyzer.SampleHost.Tests;

/// <summary>
/// localize --scenario with the user's own file: any plain text ranks the findings; a file that is empty, not text,
/// too large or not a regular file is a one-line usage error before the scan.
/// </summary>
[TestFixture]
public sealed class LocalizeScenarioTests
{
    [Test]
    public void A_scenario_in_plain_words_ranks_the_finding_it_describes_first()
    {
        using var tree = new TempTree().With("scenario.txt", """
            After a Reset, some keys listed from the mirror are gone when each one is looked up: the lookup sees a
            different state than the listing.
            """);
        var output = tree.PathOf("solution.md");

        var run = HostRun.AsShipped("localize", "--kubernetes", LocalizeFixtureTests.Fixture("informers"), "--django", LocalizeFixtureTests.Fixture("webcache"),
            "--output", output, "--scenario", tree.PathOf("scenario.txt"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
        var report = File.ReadAllText(output);
        Assert.That(report, Does.Contain("\n- Reset() location: pkg/queue/pending_queue.go:"), report);
        Assert.That(report, Does.Contain("1. `pkg/queue/pending_queue.go:75`"), report);
    }

    [Test]
    public void Trace_frames_are_file_and_function_pairs_in_any_language()
    {
        var scenario = Scenario.Parse("panic in pkg/queue/fifo.go:Pop, then at Cache.java:put and cache/db.py:_base_set; see example.com:8080");

        Assert.That(scenario.Frames, Is.EqualTo(new[] { ("fifo.go", "Pop"), ("Cache.java", "put"), ("db.py", "_base_set") }));
    }

    [TestCase("")]
    [TestCase(" \n\t\n")]
    public void An_empty_scenario_file_is_a_usage_error(string text)
    {
        using var tree = TinyRepositories.Create().With("scenario.txt", text);

        var run = TinyRepositories.Localize(tree, "--output", tree.PathOf("out/solution.md"), "--scenario", tree.PathOf("scenario.txt"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("is empty; write the trace and the symptoms"), run.ToString);
    }

    [TestCase(new byte[] { 0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00 }, TestName = "NUL bytes")]
    [TestCase(new byte[] { 0x73, 0x74, 0x61, 0x6c, 0x65, 0x20, 0xc3, 0x28, 0xff }, TestName = "invalid UTF-8")]
    public void A_scenario_file_that_is_not_text_is_a_usage_error(byte[] bytes)
    {
        using var tree = TinyRepositories.Create();
        File.WriteAllBytes(tree.PathOf("scenario.bin"), bytes);

        var run = TinyRepositories.Localize(tree, "--output", tree.PathOf("out/solution.md"), "--scenario", tree.PathOf("scenario.bin"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("is not UTF-8 text"), run.ToString);
    }

    [Test]
    public void A_scenario_file_over_the_size_limit_is_a_usage_error_that_names_the_limit()
    {
        using var tree = TinyRepositories.Create().With("scenario.txt", new string('a', ScenarioFile.MaxBytes + 1));

        var run = TinyRepositories.Localize(tree, "--output", tree.PathOf("out/solution.md"), "--scenario", tree.PathOf("scenario.txt"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("is larger than 1 MiB"), run.ToString);
    }

    [Test]
    public void A_scenario_of_one_word_as_long_as_the_limit_is_read_in_seconds()
    {
        using var tree = TinyRepositories.Create().With("scenario.txt", new string('a', ScenarioFile.MaxBytes));

        var localize = Task.Run(() => TinyRepositories.Localize(tree, "--output", tree.PathOf("out/solution.md"), "--scenario", tree.PathOf("scenario.txt")));

        Assert.That(localize.Wait(TimeSpan.FromSeconds(60)), Is.True, "the scenario was read in linear time");
        Assert.That(localize.Result.ExitCode, Is.EqualTo(ExitCodes.Clean), localize.Result.ToString);
    }

    [Test]
    public void A_scenario_that_is_a_device_is_refused_without_reading_it()
    {
        Assume.That("/dev/zero", Does.Exist, "an endless device to point at");
        using var tree = TinyRepositories.Create();
        File.CreateSymbolicLink(tree.PathOf("scenario.txt"), "/dev/zero");

        foreach (var scenario in new[] { "/dev/zero", tree.PathOf("scenario.txt") })
        {
            var run = TinyRepositories.Localize(tree, "--output", tree.PathOf("out/solution.md"), "--scenario", scenario);

            Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
            Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("is not a regular file"), run.ToString);
        }
    }

    [Test]
    public void A_scenario_that_is_a_pipe_is_refused_without_waiting_for_a_writer()
    {
        using var tree = TinyRepositories.Create().WithFifo("scenario.pipe");

        var localize = Task.Run(() => TinyRepositories.Localize(tree, "--output", tree.PathOf("out/solution.md"), "--scenario", tree.PathOf("scenario.pipe")));

        Assert.That(localize.Wait(TimeSpan.FromSeconds(30)), Is.True, "localize returned instead of waiting on the pipe");
        Assert.That(localize.Result.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), localize.Result.ToString);
        Assert.That(localize.Result.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("is not a regular file"), localize.Result.ToString);
    }

    [Test]
    public void A_scenario_that_is_a_folder_is_a_usage_error()
    {
        using var tree = TinyRepositories.Create();

        var run = TinyRepositories.Localize(tree, "--output", tree.PathOf("out/solution.md"), "--scenario", tree.PathOf("django"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("is a folder"), run.ToString);
    }
}
