using Analyzer.Core.Frontends;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Analyzer.Frontends.Java.DependencyInjection;

/// <summary>Registers the Java frontend.</summary>
public static class JavaServiceCollectionExtensions
{
    /// <summary>Adds <see cref="JavaFrontend"/> as an <see cref="ILanguageFrontend"/> (once, however often this is called).</summary>
    /// <param name="services">The service collection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddJavaFrontend(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILanguageFrontend, JavaFrontend>());
        return services;
    }
}
