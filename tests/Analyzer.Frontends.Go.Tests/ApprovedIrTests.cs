using Analyzer.Core.Text;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;

namespace Analyzer.Frontends.Go.Tests;

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
    public void Generic_container_type() => Verify("generic_set.go");

    [Test]
    public void Struct_with_an_embedded_mutex_and_deferred_unlocks() => Verify("locked_store.go");

    [Test]
    public void Select_loop() => Verify("select_loop.go");

    private static void Verify(string fixture)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", fixture);
        var parsed = new GoFrontend().Parse(new SourceText("fixtures/" + fixture, File.ReadAllText(path)));
        Assert.That(parsed.Diagnostics, Is.Empty, string.Join("\n", parsed.Diagnostics));
        Approvals.Verify(IrDump.Of(parsed.Module!));
    }
}
