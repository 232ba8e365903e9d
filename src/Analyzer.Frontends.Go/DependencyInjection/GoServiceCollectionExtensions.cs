using Analyzer.Core.Fixes;
using Analyzer.Core.Frontends;
using Analyzer.Frontends.Go.Fixes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Analyzer.Frontends.Go.DependencyInjection;

/// <summary>Registers the Go frontend and its code fixes.</summary>
public static class GoServiceCollectionExtensions
{
    /// <summary>Adds <see cref="GoFrontend"/> as an <see cref="ILanguageFrontend"/> and its fixes as <see cref="CodeFixProvider"/>s (once, however often this is called).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddGoFrontend(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILanguageFrontend, GoFrontend>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<CodeFixProvider, SyncMapLoadOrStoreFix>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<CodeFixProvider, MkdirAllFix>());
        return services;
    }
}
