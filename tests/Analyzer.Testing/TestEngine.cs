using Analyzer.Core.DependencyInjection;
using Analyzer.Core.Engine;
using Analyzer.Core.Fixes;
using Analyzer.Core.Frontends;
using Analyzer.Core.Rules;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.Testing;

/// <summary>Builds an <see cref="AnalyzerEngine"/> the way a host does: <c>services.AddAnalyzer()</c> plus the given
/// frontends, rules and code fix providers registered as services.</summary>
public static class TestEngine
{
    /// <summary>A service collection with the engine, <paramref name="frontend"/> and <paramref name="rules"/> registered.</summary>
    public static IServiceCollection CreateServices(ILanguageFrontend frontend, params AnalysisRule[] rules) =>
        CreateServices([frontend], rules);

    /// <summary>A service collection with the engine, <paramref name="frontends"/> and <paramref name="rules"/> registered.</summary>
    public static IServiceCollection CreateServices(IEnumerable<ILanguageFrontend> frontends, IEnumerable<AnalysisRule> rules, IEnumerable<CodeFixProvider>? fixes = null)
    {
        var services = new ServiceCollection();
        services.AddAnalyzer();
        foreach (var frontend in frontends) services.AddSingleton(frontend);
        foreach (var rule in rules) services.AddSingleton(rule);
        foreach (var fix in fixes ?? []) services.AddSingleton(fix);
        return services;
    }

    /// <summary>An engine with <paramref name="frontend"/> and <paramref name="rules"/>, resolved from DI.</summary>
    public static AnalyzerEngine Create(ILanguageFrontend frontend, params AnalysisRule[] rules) => Create([frontend], rules);

    /// <summary>An engine with <paramref name="frontends"/> and <paramref name="rules"/>, resolved from DI.</summary>
    public static AnalyzerEngine Create(IEnumerable<ILanguageFrontend> frontends, IEnumerable<AnalysisRule> rules, IEnumerable<CodeFixProvider>? fixes = null)
    {
        // The engine holds no disposable service, so it outlives the provider it came from.
        using var provider = CreateServices(frontends, rules, fixes).BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        return provider.GetRequiredService<AnalyzerEngine>();
    }
}
