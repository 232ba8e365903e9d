using System.CommandLine;
using Analyzer.Core.Engine;

namespace Analyzer.SampleHost;

/// <summary>The options that shape a scan request, as the commands that read trees share them: the file limits, which
/// files are read, and (for commands that run the rules) the cache.</summary>
internal sealed class ScanRequestOptions(bool withCache)
{
    private readonly FileLimitOptions _limits = new();
    private readonly FileSelectionOptions _selection = new();
    private readonly CacheOptions? _cache = withCache ? new CacheOptions() : null;

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => _limits.All.Concat(_selection.All).Concat(_cache?.All ?? []);

    /// <summary>A request for <paramref name="inputs"/> with what the command line gave.</summary>
    public ScanRequest Request(ParseResult parsed, IReadOnlyList<string> inputs, bool runRules) =>
        _selection.Apply(parsed, _limits.Request(parsed, inputs, runRules) with { CacheFolder = _cache?.Folder(parsed) });
}
