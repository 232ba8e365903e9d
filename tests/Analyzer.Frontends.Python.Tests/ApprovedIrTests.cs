using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using Analyzer.Core.Text;

namespace Analyzer.Frontends.Python.Tests;

/// <summary>
/// Snapshots of the IR dump of three representative files, approved in Approved/ next to this source. A dump that
/// differs from its approved file fails and leaves a *.received.txt (git-ignored); the quiet reporter never approves
/// anything: read the received file, and move it over the approved one when the change is right.
/// </summary>
[TestFixture]
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class ApprovedIrTests
{
    [Test]
    public void Class_with_a_lock_and_with_blocks() => Verify("locked_registry.py");

    [Test]
    public void Sql_cursor_in_a_transaction_with_except_DatabaseError() => Verify("sql_store.py");

    [Test]
    public void F_strings() => Verify("fstrings.py");

    private static void Verify(string fixture)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", fixture);
        var parsed = new PythonFrontend().Parse(new SourceText("fixtures/" + fixture, File.ReadAllText(path)));
        Assert.That(parsed.Diagnostics, Is.Empty, string.Join("\n", parsed.Diagnostics));
        Approvals.Verify(IrDump.Of(parsed.Module!));
    }
}
