using System.Text.Json;

namespace Analyzer.SampleHost.Tests;

/// <summary>Runs the built host as its own process, as a user or CI would, with stdout and stderr redirected and
/// only the frontends and rules the host registers itself.</summary>
[TestFixture]
public sealed class ExecutableTests
{
    private static HostRun Execute(params string[] args) => HostRun.Executable(new Dictionary<string, string>(), args);

    [Test]
    public void Parse_json_on_redirected_stdout_is_exactly_one_json_object()
    {
        using var tree = new TempTree()
            .With("go/queue.go", "package queue\n\nfunc Len() int { return 0 }\n")
            .With("python/cache.py", "def get(key):\n    return None\n");

        var run = Execute("parse", tree.Root, "--json");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
        Assert.That((run.Out + run.Error).Contains('\u001b', StringComparison.Ordinal), Is.False, "no terminal codes when redirected");
        using var json = JsonDocument.Parse(run.Out);
        var root = json.RootElement;
        Assert.That(root.GetProperty("files").GetInt32(), Is.EqualTo(2), "the host registers the Go and the Python frontend");
        // A final line terminator starts one more (empty) line: 4 + 3.
        Assert.That(root.GetProperty("lines").GetInt64(), Is.EqualTo(4 + 3));
        Assert.That(root.GetProperty("filesWithErrors").GetInt32(), Is.Zero);
        Assert.That(root.GetProperty("languages").EnumerateArray().Select(l => l.GetProperty("language").GetString()), Is.EquivalentTo(new[] { "go", "python" }));
    }

    [Test]
    public void Scanning_the_bundled_sample_finds_its_races_and_writes_only_the_report_to_stdout()
    {
        var sample = Path.GetFullPath(Path.Combine(TestContext.CurrentContext.TestDirectory, "../../../../../samples/default"));
        Assume.That(sample, Does.Exist, "the bundled sample is in the repository");

        var run = Execute("scan", sample, "--format", "sarif");

        Assert.That(run.ExitCode, Is.AnyOf(ExitCodes.Clean, ExitCodes.ErrorFindings), run.ToString);
        using var sarif = JsonDocument.Parse(run.Out);
        var results = sarif.RootElement.GetProperty("runs")[0].GetProperty("results");
        var files = results.EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString())
            .ToList();
        Assert.That(files, Has.Some.EqualTo("go/queue.go").And.Some.EqualTo("python/cache.py"), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.StartsWith("toctou: scanned 2 files"), run.ToString);
    }

    [Test]
    public void A_missing_path_exits_2_with_one_line_and_no_stack_trace()
    {
        using var tree = new TempTree();

        var run = Execute("scan", tree.PathOf("missing"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.Out, Is.Empty, run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1), run.ToString);
        Assert.That(run.Error, Does.Not.Contain("   at "), run.ToString);
    }
}
