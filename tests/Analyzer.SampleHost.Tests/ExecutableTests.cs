using System.Diagnostics;
using System.Text.Json;

namespace Analyzer.SampleHost.Tests;

/// <summary>Runs the built host as its own process, as a user or CI would, with stdout and stderr redirected and
/// only the frontends and rules the host registers itself.</summary>
[TestFixture]
public sealed class ExecutableTests
{
    private static HostRun Execute(params string[] args)
    {
        var host = Path.Combine(TestContext.CurrentContext.TestDirectory, "toctou.dll");
        Assert.That(host, Does.Exist, "the host is copied next to the tests by the project reference");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(host);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(2)), Is.True, "the host finished within two minutes");
        return new HostRun(process.ExitCode, output, error.Result);
    }

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
        Assert.That(json.RootElement.GetProperty("files").GetInt32(), Is.GreaterThanOrEqualTo(0));
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
