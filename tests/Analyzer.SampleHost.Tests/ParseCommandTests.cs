using System.Text.Json;

namespace Analyzer.SampleHost.Tests;

[TestFixture]
public sealed class ParseCommandTests
{
    [Test]
    public void Json_output_is_valid_json_with_the_counts()
    {
        using var tree = new TempTree()
            .With("a/clean.toy", ToySources.Clean)
            .With("a/race.toy", ToySources.ErrorRace)
            .With("b/broken.toy", ToySources.ThreeSyntaxErrors)
            .With("b/notes.txt", "not a toy file");

        var run = HostRun.InProcess("parse", tree.Root, "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("files").GetInt32(), Is.EqualTo(3));
            Assert.That(root.GetProperty("lines").GetInt64(), Is.EqualTo(3 + 5 + 6));
            Assert.That(root.GetProperty("filesWithErrors").GetInt32(), Is.EqualTo(1));
            Assert.That(root.GetProperty("errors").GetArrayLength(), Is.EqualTo(3));
            Assert.That(root.GetProperty("errorsNotShown").GetInt32(), Is.Zero);
            Assert.That(root.GetProperty("seconds").GetDouble(), Is.GreaterThanOrEqualTo(0));
            Assert.That(root.GetProperty("linesPerSecond").GetDouble(), Is.GreaterThanOrEqualTo(0));
            Assert.That(root.GetProperty("peakWorkingSetBytes").GetInt64(), Is.GreaterThan(0));
            Assert.That(root.GetProperty("runtime").GetProperty("allocatedBytes").GetInt64(), Is.GreaterThan(0));
            Assert.That(root.GetProperty("runtime").GetProperty("cpuSeconds").GetDouble(), Is.GreaterThanOrEqualTo(0));
            Assert.That(root.GetProperty("runtime").GetProperty("jitSeconds").GetDouble(), Is.GreaterThanOrEqualTo(0));
            Assert.That(root.GetProperty("runtime").GetProperty("gcPauseSeconds").GetDouble(), Is.GreaterThanOrEqualTo(0));
            Assert.That(root.GetProperty("languages")[0].GetProperty("language").GetString(), Is.EqualTo("toy"));
        });
        var first = root.GetProperty("errors")[0];
        Assert.That(first.GetProperty("path").GetString(), Is.EqualTo("b/broken.toy"));
        Assert.That(first.GetProperty("line").GetInt32(), Is.EqualTo(2));
        Assert.That(first.GetProperty("column").GetInt32(), Is.EqualTo(3));
    }

    [Test]
    public void Text_output_lists_errors_as_path_line_column_and_caps_the_list()
    {
        using var tree = new TempTree().With("broken.toy", ToySources.ThreeSyntaxErrors);

        var run = HostRun.InProcess("parse", tree.Root, "--max-errors", "2");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
        var lines = run.Out.Split('\n', StringSplitOptions.TrimEntries);
        Assert.That(lines, Has.Some.StartsWith("files with errors  1"));
        Assert.That(lines, Has.Some.StartsWith("broken.toy:2:3 cannot read 'what is this'"));
        Assert.That(lines, Has.Some.StartsWith("broken.toy:3:3 "));
        Assert.That(lines, Has.None.StartsWith("broken.toy:5:3 "));
        Assert.That(lines, Has.Some.StartsWith("... and 1 more errors"));
        Assert.That(lines, Has.Some.Match(@"^lines/s\s+[0-9,]+$"));
        Assert.That(lines, Has.Some.Match(@"^peak memory\s+[0-9,]+ MiB$"));
        Assert.That(lines, Has.Some.Match(@"^processor\s+[0-9.]+ s on [0-9]+ cores$"));
        Assert.That(lines, Has.Some.Match(@"^JIT compiling\s+[0-9.]+ s$"));
        Assert.That(lines, Has.Some.Match(@"^GC pauses\s+[0-9.]+ s$"));
        Assert.That(lines, Has.Some.Match(@"^allocated\s+[0-9,]+ MiB$"));
    }

    [Test]
    public void Parse_does_not_run_rules_and_exits_0_even_when_a_scan_would_exit_1()
    {
        using var tree = new TempTree().With("race.toy", ToySources.ErrorRace);

        var run = HostRun.InProcess("parse", tree.Root);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
    }
}
