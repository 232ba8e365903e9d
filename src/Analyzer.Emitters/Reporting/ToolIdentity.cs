using System.Reflection;

namespace Analyzer.Emitters.Reporting;

/// <summary>How reports name the tool that produced them.</summary>
/// <param name="Name">The tool's name, as the command line is called.</param>
/// <param name="Version">The tool's version (reports print it as given).</param>
/// <param name="InformationUri">Where people learn about the tool.</param>
public sealed record ToolIdentity(string Name, string Version, string InformationUri)
{
    /// <summary>The tool's name as the console host's executable is called.</summary>
    public const string DefaultName = "toctou";

    /// <summary>Where the tool's documentation lives unless a host says otherwise.</summary>
    public const string DefaultInformationUri = "https://github.com/toctou-analyzer/toctou";

    /// <summary>This build of the tool: <see cref="DefaultName"/>, the emitters assembly's informational version and
    /// <see cref="DefaultInformationUri"/>.</summary>
    public static ToolIdentity Default { get; } = new(DefaultName, InformationalVersion(typeof(ToolIdentity).Assembly), DefaultInformationUri);

    /// <summary>Where a rule's relative help link (<c>docs/rules/TOCTOU001.md</c>) points: that file in the tool's
    /// repository at its main branch.</summary>
    public string HelpUriOf(string helpUri) =>
        Uri.TryCreate(helpUri, UriKind.Absolute, out var absolute) ? absolute.AbsoluteUri
        : Uri.TryCreate(new Uri($"{InformationUri.TrimEnd('/')}/blob/main/"), helpUri, out var resolved) ? resolved.AbsoluteUri
        : InformationUri;

    /// <summary>The informational version of <paramref name="assembly"/> (which may carry "+commit" build metadata),
    /// or its assembly version when it has none.</summary>
    public static string InformationalVersion(Assembly assembly)
    {
        ArgumentNullException.ThrowIfNull(assembly);
        return assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString()
            ?? "0.0.0";
    }
}
