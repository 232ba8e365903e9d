using Analyzer.Core.Frontends;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Analyzer.Frontends.Python.DependencyInjection;

/// <summary>Registers the Python frontend.</summary>
public static class PythonServiceCollectionExtensions
{
    /// <summary>Adds <see cref="PythonFrontend"/> as an <see cref="ILanguageFrontend"/> (once, however often it is called).</summary>
    public static IServiceCollection AddPythonFrontend(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILanguageFrontend, PythonFrontend>());
        return services;
    }
}
