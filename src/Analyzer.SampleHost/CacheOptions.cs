using System.CommandLine;
using Analyzer.Core.Engine.Caching;

namespace Analyzer.SampleHost;

/// <summary><c>--cache DIR</c> and <c>--no-cache</c> (scan and localize): where each package's analysis is kept so
/// that an unchanged package is not analysed again, or that nothing is kept.</summary>
internal sealed class CacheOptions
{
    private readonly Option<string> _folder = new("--cache")
    {
        Description = $"Keep each package's analysis in this folder, keyed by its files' contents, so a re-scan analyses only what changed; the report is the same either way (default: {ScanCache.DefaultFolder}).",
        HelpName = "DIR",
        DefaultValueFactory = _ => ScanCache.DefaultFolder,
    };

    private readonly Option<bool> _off = new("--no-cache")
    {
        Description = "Analyse every package afresh and keep nothing.",
    };

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => [_folder, _off];

    /// <summary>The cache folder the command line asks for, or null for none.</summary>
    public string? Folder(ParseResult parsed) => parsed.GetValue(_off) ? null : parsed.GetValue(_folder);
}
