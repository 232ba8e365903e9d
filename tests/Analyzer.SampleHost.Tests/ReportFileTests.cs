using Analyzer.Core.Text;
using Analyzer.Emitters;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.SampleHost.Tests;

/// <summary>scan --output: the file is checked before scanning and always holds one whole report.</summary>
[TestFixture]
public sealed class ReportFileTests
{
    private const string PreviousReport = "the previous report\n";

    [Test]
    public void While_the_report_is_written_the_output_file_still_holds_the_previous_one()
    {
        using var tree = new TempTree().With("src/pop.toy", ToySources.ErrorRace).With("out/report.txt", PreviousReport);
        var output = tree.PathOf("out/report.txt");
        var peeking = new PeekingEmitter(output);

        var run = HostRun.InProcess(services => services.AddSingleton<IReportEmitter>(peeking), "scan", tree.PathOf("src"), "--format", "peeking", "--output", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings), run.ToString);
        Assert.That(peeking.Seen, Is.EqualTo(PreviousReport), "the old report stays whole until the new one replaces it");
        Assert.That(File.ReadAllText(output), Is.EqualTo(PeekingEmitter.FirstHalf + PeekingEmitter.SecondHalf));
        Assert.That(Directory.GetFileSystemEntries(tree.PathOf("out")), Is.EqualTo(new[] { output }), "no temporary file is left");
    }

    [Test]
    public void A_run_whose_emitter_fails_leaves_the_previous_report_and_no_temporary_file()
    {
        using var tree = new TempTree().With("src/pop.toy", ToySources.ErrorRace).With("out/report.md", PreviousReport);
        var output = tree.PathOf("out/report.md");

        var run = HostRun.InProcess(services => services.AddSingleton<IReportEmitter, FailingEmitter>(), "scan", tree.PathOf("src"), "--format", "failing", "--output", output);

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.InternalError), run.ToString);
        Assert.That(File.ReadAllText(output), Is.EqualTo(PreviousReport));
        Assert.That(Directory.GetFileSystemEntries(tree.PathOf("out")), Is.EqualTo(new[] { output }), "no temporary file is left");
    }

    [Test]
    public void Scans_writing_the_same_output_at_once_leave_one_whole_report()
    {
        using var tree = new TempTree()
            .With("a/pop.toy", ToySources.ErrorRace)
            .With("b/add.toy", ToySources.WarningRace)
            .With("b/len.toy", ToySources.Clean);
        var output = tree.PathOf("out/report.md");
        Directory.CreateDirectory(tree.PathOf("out"));
        var reports = new[] { HostRun.InProcess("scan", tree.PathOf("a")).Out, HostRun.InProcess("scan", tree.PathOf("b")).Out };

        Parallel.For(0, 8, i => HostRun.InProcess("scan", tree.PathOf(i % 2 == 0 ? "a" : "b"), "--output", output));

        Assert.That(File.ReadAllText(output), Is.AnyOf(reports));
        Assert.That(Directory.GetFileSystemEntries(tree.PathOf("out")), Is.EqualTo(new[] { output }), "no temporary file is left");
    }

    [Test]
    public void An_empty_output_exits_2_with_one_line()
    {
        using var tree = new TempTree().With("pop.toy", ToySources.ErrorRace);

        var run = HostRun.InProcess("scan", tree.Root, "--output", "");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.StartsWith("toctou: --output is empty; give a file name"), run.ToString);
    }

    [TestCase("src/pop.toy", "src")]
    [TestCase("src/pop.toy", "src/pop.toy")]
    [TestCase("src/deep/len.toy", "src")]
    public void An_output_that_names_a_file_the_scan_reads_exits_2_and_leaves_it_alone(string outputFile, string scanned)
    {
        using var tree = new TempTree().With("src/pop.toy", ToySources.ErrorRace).With("src/deep/len.toy", ToySources.Clean);
        var source = File.ReadAllText(tree.PathOf(outputFile));

        var run = HostRun.InProcess("scan", tree.PathOf(scanned), "--output", tree.PathOf(outputFile));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("is a file the command reads"), run.ToString);
        Assert.That(File.ReadAllText(tree.PathOf(outputFile)), Is.EqualTo(source));
    }

    [Test]
    public void An_output_beside_the_sources_that_the_scan_does_not_read_is_written()
    {
        using var tree = new TempTree().With("src/pop.toy", ToySources.ErrorRace);

        var run = HostRun.InProcess("scan", tree.PathOf("src"), "--output", tree.PathOf("src/report.md"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings), run.ToString);
        Assert.That(File.ReadAllText(tree.PathOf("src/report.md")), Does.Contain("pop.toy"));
    }

    [Test]
    public void An_output_that_is_a_directory_exits_2_before_scanning()
    {
        using var tree = new TempTree().With("src/pop.toy", ToySources.ErrorRace);
        Directory.CreateDirectory(tree.PathOf("out"));

        var run = HostRun.InProcess("scan", tree.PathOf("src"), "--output", tree.PathOf("out"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.UsageOrIoError), run.ToString);
        Assert.That(run.ErrorLines, Has.Count.EqualTo(1).And.One.Contains("is a directory; give a file name"), run.ToString);
    }

    [Test]
    public void An_output_that_is_a_pipe_is_written_to_not_replaced()
    {
        using var tree = new TempTree().With("src/pop.toy", ToySources.ErrorRace).WithFifo("report.pipe");
        var reader = Task.Run(() => File.ReadAllText(tree.PathOf("report.pipe")));

        var run = HostRun.InProcess("scan", tree.PathOf("src"), "--output", tree.PathOf("report.pipe"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings), run.ToString);
        Assert.That(reader.Wait(TimeSpan.FromSeconds(30)), Is.True, "the report reached the reader");
        Assert.That(reader.Result, Does.Contain("pop.toy"));
        Assert.That(RegularFile.Is(tree.PathOf("report.pipe")), Is.False, "the pipe is still a pipe");
    }

    [Test]
    public void An_output_that_is_a_symbolic_link_is_written_through_the_link()
    {
        using var tree = new TempTree().With("src/pop.toy", ToySources.ErrorRace).With("reports/report.md", PreviousReport);
        File.CreateSymbolicLink(tree.PathOf("latest.md"), tree.PathOf("reports/report.md"));

        var run = HostRun.InProcess("scan", tree.PathOf("src"), "--output", tree.PathOf("latest.md"));

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings), run.ToString);
        Assert.That(new FileInfo(tree.PathOf("latest.md")).LinkTarget, Is.Not.Null, "the link stays a link");
        Assert.That(File.ReadAllText(tree.PathOf("reports/report.md")), Does.Contain("pop.toy"));
    }
}
