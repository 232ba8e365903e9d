using Analyzer.Core.Frontends;
using Analyzer.Core.Rules;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Analyzer.Testing.Toy;

/// <summary>Registers the toy language the way a real frontend and rule pack register themselves.</summary>
public static class ToyServiceCollectionExtensions
{
    /// <summary>Adds <see cref="ToyFrontend"/>, <see cref="ToyCheckThenActRule"/> and <see cref="ToyUncheckedActRule"/>.</summary>
    public static IServiceCollection AddToyLanguage(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILanguageFrontend, ToyFrontend>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<AnalysisRule, ToyCheckThenActRule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<AnalysisRule, ToyUncheckedActRule>());
        return services;
    }
}
