namespace Analyzer.SampleHost.Tests;

/// <summary>localize --scenario with the user's own file: any plain text ranks the findings.</summary>
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
}
