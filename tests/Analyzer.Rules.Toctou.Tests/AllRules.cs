using Analyzer.Core.Engine;
using Analyzer.Core.Rules;
using Analyzer.Frontends.Go;
using Analyzer.Frontends.Java;
using Analyzer.Frontends.Python;
using Analyzer.Rules.Toctou.Rules;
using Analyzer.Testing;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>The whole rule pack, as the host runs it: fixtures are verified against every rule at once, so a finding
/// of another rule than the one under test is an unexpected finding too.</summary>
internal static class AllRules
{
    public static AnalysisRule[] Create() =>
    [
        new SharedStateCheckThenActRule(),
        new ExternalStoreCheckThenActRule(),
        new SqlReadThenWriteRule(),
        new FileSystemCheckThenUseRule(),
        new CacheGetThenSetRule(),
    ];

    /// <summary>An engine with every language and every rule, for the tests that scan whole trees.</summary>
    public static AnalyzerEngine Engine { get; } = TestEngine.Create([new GoFrontend(), new PythonFrontend(), new JavaFrontend()], Create());
}
