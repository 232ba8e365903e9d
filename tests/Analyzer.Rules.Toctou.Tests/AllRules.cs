using Analyzer.Core.Rules;
using Analyzer.Rules.Toctou.Rules;

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
}
