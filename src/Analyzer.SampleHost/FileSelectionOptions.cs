using System.CommandLine;
using Analyzer.Core.Engine;

namespace Analyzer.SampleHost;

/// <summary><c>--include GLOB</c>, <c>--exclude GLOB</c> and <c>--no-default-excludes</c> (scan and parse): which files
/// under the given folders are read.</summary>
internal sealed class FileSelectionOptions
{
    private readonly Option<string[]> _include = new("--include")
    {
        Description = "Read only files whose path relative to the scanned folder matches this glob ('**' any folders, '*' within a name); give it again for more.",
        HelpName = "GLOB",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<string[]> _exclude = new("--exclude")
    {
        Description = "Do not read files whose path relative to the scanned folder matches this glob, for example '**/migrations/**'; give it again for more.",
        HelpName = "GLOB",
        AllowMultipleArgumentsPerToken = false,
    };

    private readonly Option<bool> _noDefaults = new("--no-default-excludes")
    {
        Description = $"Also read what is left out by default: folders named {string.Join(", ", ScanRequest.DefaultExcludedFolders)}, hidden folders, and files that say a tool generated them.",
    };

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => [_include, _exclude, _noDefaults];

    /// <summary><paramref name="request"/> with the selection the command line asks for.</summary>
    public ScanRequest Apply(ParseResult parsed, ScanRequest request) => request with
    {
        Include = parsed.GetValue(_include) is { Length: > 0 } include ? include : null,
        Exclude = parsed.GetValue(_exclude) is { Length: > 0 } exclude ? exclude : null,
        DefaultExcludes = !parsed.GetValue(_noDefaults),
    };
}
