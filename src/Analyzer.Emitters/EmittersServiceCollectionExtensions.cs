using Analyzer.Emitters.GitHub;
using Analyzer.Emitters.Markdown;
using Analyzer.Emitters.Sarif;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Analyzer.Emitters;

/// <summary>Registers the report emitters.</summary>
public static class EmittersServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Markdown, SARIF and GitHub annotation emitters as <see cref="IReportEmitter"/> (resolve <c>IEnumerable&lt;IReportEmitter&gt;</c>
    /// and pick one by <see cref="IReportEmitter.Format"/>). A host that registers a
    /// <see cref="Reporting.ToolIdentity"/> changes how the reports name the tool. Calling it twice adds nothing more.
    /// </summary>
    public static IServiceCollection AddReportEmitters(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportEmitter, MarkdownEmitter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportEmitter, SarifEmitter>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReportEmitter, GitHubAnnotationsEmitter>());
        return services;
    }
}
