using Analyzer.Core.Findings;
using Analyzer.Core.Rules;
using Analyzer.Rules.Toctou.DependencyInjection;
using Analyzer.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.Frontends.Java.Tests;

/// <summary>The rule pack, as the host registers it, on Java fixtures: each fixture folder's findings are exactly its
/// <c>// Noncompliant</c> markers, with their messages and secondary locations.</summary>
[TestFixture]
public sealed class RuleFixtureTests
{
    private static AnalysisRule[] Rules() =>
        new ServiceCollection().AddToctouRules().BuildServiceProvider().GetServices<AnalysisRule>().ToArray();

    [TestCase("SharedState")]
    [TestCase("FileSystem")]
    [TestCase("Sql")]
    [TestCase("Cache")]
    [TestCase("ExternalStore")]
    [TestCase("Claims")]
    [TestCase("Contrasts")]
    public void Folder_matches_its_inline_expectations(string folder) =>
        Verifier.VerifyFolder(Path.Combine("Fixtures", folder), new JavaFrontend(), Rules());

    [Test]
    public void Methods_that_share_only_a_base_the_scan_does_not_declare_are_no_contrast()
    {
        var result = Verifier.VerifyFolder(Path.Combine("Fixtures", "Contrasts"), new JavaFrontend(), Rules());

        Assert.That(result.Findings.Single(f => f.FunctionName == "SplitTally.run").WithRole(LocationRole.Contrast), Is.Empty);
    }
}
