using Analyzer.Core.Engine;
using Analyzer.Emitters;
using Analyzer.Emitters.Markdown;
using Analyzer.Emitters.Reporting;
using Analyzer.Emitters.Sarif;
using Analyzer.Frontends.Go;
using Analyzer.Frontends.Python;
using Analyzer.Testing;
using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>The Markdown and SARIF reports of two fixture packages, approved in Approved/ (read them like code).</summary>
[TestFixture]
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class ApprovedReportTests
{
    private static readonly ToolIdentity Tool = new("toctou", "0.0.0-test", "https://example.invalid/toctou");

    [Test]
    public void Markdown_report_of_the_go_external_store_fixture() =>
        Approvals.VerifyWithExtension(Emit(new MarkdownEmitter(Tool), GoStore()), ".md");

    [Test]
    public void Sarif_log_of_the_go_external_store_fixture() =>
        Approvals.VerifyWithExtension(Emit(new SarifEmitter(Tool), GoStore()), ".sarif");

    [Test]
    public void Markdown_report_of_the_python_database_cache_fixture() =>
        Approvals.VerifyWithExtension(Emit(new MarkdownEmitter(Tool), PythonCache()), ".md");

    [Test]
    public void Sarif_log_of_the_python_database_cache_fixture() =>
        Approvals.VerifyWithExtension(Emit(new SarifEmitter(Tool), PythonCache()), ".sarif");

    private static ScanResult GoStore() => Verifier.VerifyFolder("Fixtures/Go/ExternalStore", new GoFrontend(), AllRules.Create());

    private static ScanResult PythonCache() => Verifier.VerifyFolder("Fixtures/Python/DatabaseCache", new PythonFrontend(), AllRules.Create());

    private static string Emit(IReportEmitter emitter, ScanResult result)
    {
        using var output = new StringWriter();
        // Elapsed time is the one value that changes between runs.
        emitter.Emit(result with { Elapsed = TimeSpan.Zero }, output);
        return output.ToString();
    }
}
