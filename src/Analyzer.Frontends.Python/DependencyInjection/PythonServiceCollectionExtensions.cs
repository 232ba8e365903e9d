using Analyzer.Core.Fixes;
using Analyzer.Core.Frontends;
using Analyzer.Frontends.Python.Fixes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Analyzer.Frontends.Python.DependencyInjection;

/// <summary>Registers the Python frontend and its code fixes.</summary>
public static class PythonServiceCollectionExtensions
{
    /// <summary>Adds <see cref="PythonFrontend"/> as an <see cref="ILanguageFrontend"/> and its fixes as <see cref="CodeFixProvider"/>s (once, however often it is called).</summary>
    public static IServiceCollection AddPythonFrontend(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILanguageFrontend, PythonFrontend>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<CodeFixProvider, MakedirsExistOkFix>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<CodeFixProvider, SetdefaultFix>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<CodeFixProvider, CacheAddFix>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<CodeFixProvider, GetOrCreateFix>());
        return services;
    }
}
