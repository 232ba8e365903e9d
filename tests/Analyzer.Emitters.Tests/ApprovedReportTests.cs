using ApprovalTests;
using ApprovalTests.Core.Exceptions;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Analyzer.Emitters.Markdown;
using Analyzer.Emitters.Sarif;

namespace Analyzer.Emitters.Tests;

/// <summary>
/// The reports of the sample scan, approved as files in Approved/ next to this source (ApprovalTests finds the folder
/// through the test's source path). A report that differs from its approved file, or has none, fails the test and
/// leaves a *.received.* file (git-ignored) to compare; the quiet reporter never opens a diff tool and never
/// approves anything. To approve a change, read the received file and move it over the approved one.
/// </summary>
[TestFixture]
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class ApprovedReportTests
{
    [Test]
    public void Markdown_report_of_the_sample_scan() =>
        Approvals.VerifyWithExtension(Emit(new MarkdownEmitter(SampleScan.Tool)), ".md");

    [Test]
    public void Sarif_log_of_the_sample_scan() =>
        Approvals.VerifyWithExtension(Emit(new SarifEmitter(SampleScan.Tool)), ".sarif");

    /// <summary>Pins the behaviour CI relies on: no approved file means failure, never a silently created snapshot.</summary>
    [Test]
    public void A_missing_approved_file_fails_and_creates_no_approved_file()
    {
        var approved = Path.Combine(SourceFolder(), "Approved", $"{nameof(ApprovedReportTests)}.{nameof(A_missing_approved_file_fails_and_creates_no_approved_file)}.approved.txt");
        var received = Path.ChangeExtension(approved, null)[..^".approved".Length] + ".received.txt";
        try
        {
            Assert.Throws<ApprovalMissingException>(() => Approvals.Verify("a report nobody approved"));
            Assert.That(File.Exists(approved), Is.False, "ApprovalTests created an approved file by itself");
        }
        finally
        {
            File.Delete(received);
        }
    }

    private static string Emit(IReportEmitter emitter)
    {
        using var output = new StringWriter();
        emitter.Emit(SampleScan.Create(), output);
        return output.ToString();
    }

    private static string SourceFolder([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}
