using Analyzer.Core.Rules;
using Analyzer.Rules.Toctou.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.Rules.Toctou.DependencyInjection;

/// <summary>Registers the TOCTOU rule pack.</summary>
public static class ToctouServiceCollectionExtensions
{
    /// <summary>Adds every TOCTOU rule as an <see cref="AnalysisRule"/>.</summary>
    public static IServiceCollection AddToctouRules(this IServiceCollection services)
    {
        services.AddSingleton<AnalysisRule, SharedStateCheckThenActRule>();
        services.AddSingleton<AnalysisRule, ExternalStoreCheckThenActRule>();
        services.AddSingleton<AnalysisRule, SqlReadThenWriteRule>();
        services.AddSingleton<AnalysisRule, FileSystemCheckThenUseRule>();
        services.AddSingleton<AnalysisRule, CacheGetThenSetRule>();
        return services;
    }
}
