using Analyzer.Emitters;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.SampleHost.Tests;

[TestFixture]
public sealed class UsageTests
{
    [TestCase("scan")]
    [TestCase("parse")]
    public void A_missing_path_exits_2_with_one_line_that_names_it(string command)
    {
        using var tree = new TempTree();
        var missing = tree.PathOf("no-such-folder");

        var run = HostRun.InProcess(command, missing);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.Out, Is.Empty);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1));
        Assert.That(run.ErrorLines[0], Does.StartWith("toctou: ").And.Contain($"'{missing}' does not exist").And.Contain("give an existing file or directory"));
    }

    [TestCase(new[] { "scan" }, "Required argument missing")]
    [TestCase(new[] { "scan", ".", "--format", "xml" }, "xml")]
    [TestCase(new[] { "bogus" }, "bogus")]
    [TestCase(new string[0], "Required command was not provided")]
    [TestCase(new[] { "parse", ".", "--max-errors", "-1" }, "--max-errors '-1' is not a whole number from 0 to 2147483647")]
    [TestCase(new[] { "parse", ".", "--max-errors", "abc" }, "--max-errors 'abc' is not a whole number from 0 to 2147483647")]
    [TestCase(new[] { "parse", ".", "--max-errors", "99999999999" }, "--max-errors '99999999999' is not a whole number from 0 to 2147483647")]
    public void A_usage_error_exits_2_with_one_line_and_a_pointer_to_help(string[] args, string mentions)
    {
        var run = HostRun.InProcess(args);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1), run.ToString);
        Assert.That(run.ErrorLines[0], Does.Contain(mentions).And.EndWith("Run 'toctou --help' for usage."), run.ToString);
    }

    [Test]
    [NonParallelizable]
    public void An_argument_that_starts_with_an_at_sign_is_a_path_not_a_response_file()
    {
        using var tree = new TempTree().With("@at/pop.toy", ToySources.ErrorRace);
        var workingDirectory = Environment.CurrentDirectory;
        HostRun run;
        try
        {
            Environment.CurrentDirectory = tree.Root;
            run = HostRun.InProcess("scan", "@at");
        }
        finally
        {
            Environment.CurrentDirectory = workingDirectory;
        }

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.StartsWith("toctou: scanned 1 files"), run.ToString);
    }

    [Test]
    public void An_output_file_in_a_missing_folder_exits_2_before_scanning()
    {
        using var tree = new TempTree().With("pop.toy", ToySources.ErrorRace);

        var run = HostRun.InProcess("scan", tree.Root, "--output", tree.PathOf("missing/report.md"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("does not exist; create"), run.ToString);
    }

    [Test]
    public void A_bug_exits_3_with_one_line_that_asks_for_a_report_and_no_stack_trace()
    {
        using var tree = new TempTree().With("pop.toy", ToySources.ErrorRace);

        var run = HostRun.InProcess(services => services.AddSingleton<IReportEmitter, FailingEmitter>(), "scan", tree.Root, "--format", "failing");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InternalError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1), run.ToString);
        Assert.That(run.ErrorLines[0], Does.Contain("internal error (InvalidOperationException: the emitter broke)").And.Contain("please report it"), run.ToString);
    }

    [Test]
    public void With_verbose_a_bug_also_prints_the_stack_trace()
    {
        using var tree = new TempTree().With("pop.toy", ToySources.ErrorRace);

        var run = HostRun.InProcess(services => services.AddSingleton<IReportEmitter, FailingEmitter>(), "scan", tree.Root, "--format", "failing", "--verbose");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InternalError), run.ToString);
        Assert.That(run.Error, Does.Contain("   at "), run.ToString);
    }

    [Test]
    public void Help_lists_the_three_commands_and_exits_0()
    {
        var run = HostRun.InProcess("--help");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.Clean), run.ToString);
        Assert.That(run.Out, Does.Contain("scan").And.Contain("parse").And.Contain("localize"));
    }
}
