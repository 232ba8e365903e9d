using Analyzer.Core.Rules;
using Analyzer.Rules.Toctou.Rules;
using Analyzer.Testing;

namespace Analyzer.Frontends.Java.Tests;

/// <summary>The rule pack on Java fixtures, unchanged: each fixture folder's findings are exactly its
/// <c>// Noncompliant</c> markers, with their messages and secondary locations.</summary>
[TestFixture]
public sealed class RuleFixtureTests
{
    private static AnalysisRule[] Rules() =>
    [
        new SharedStateCheckThenActRule(),
        new ExternalStoreCheckThenActRule(),
        new SqlReadThenWriteRule(),
        new FileSystemCheckThenUseRule(),
        new CacheGetThenSetRule(),
    ];

    [TestCase("SharedState")]
    [TestCase("FileSystem")]
    public void Folder_matches_its_inline_expectations(string folder) =>
        Verifier.VerifyFolder(Path.Combine("Fixtures", folder), new JavaFrontend(), Rules());
}
