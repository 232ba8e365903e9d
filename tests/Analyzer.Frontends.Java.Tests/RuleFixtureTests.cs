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
    public void Folder_matches_its_inline_expectations(string folder) =>
        Verifier.VerifyFolder(Path.Combine("Fixtures", folder), new JavaFrontend(), Rules());
}
