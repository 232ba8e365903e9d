using Analyzer.Core.Engine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Analyzer.Core.DependencyInjection;

/// <summary>Registers the analyzer's engine. Frontends and rule packs add themselves with their own Add methods.</summary>
public static class AnalyzerServiceCollectionExtensions
{
    /// <summary>Adds the engine (and a null logger when the host registered no logging).</summary>
    public static IServiceCollection AddAnalyzer(this IServiceCollection services)
    {
        services.TryAdd(ServiceDescriptor.Singleton(typeof(ILogger<>), typeof(NullLogger<>)));
        services.TryAddSingleton<AnalyzerEngine>();
        return services;
    }
}
