using Analyzer.Core.Frontends;
using Analyzer.Core.Text;

namespace Analyzer.Core.Engine;

/// <summary>What to scan.</summary>
/// <param name="Paths">Files and directories. A directory is walked; findings name files relative to it. A file reached
/// twice (a path given twice, or a file inside a folder also given) is scanned once.</param>
/// <param name="RunRules">False to parse only (the parse command and benchmarks).</param>
/// <param name="MaxParallelism">Files parsed at once; defaults to the processor count.</param>
/// <param name="MaxFileSize">Files larger than this many bytes are skipped with a diagnostic
/// (default <see cref="SourceText.DefaultMaxFileSize"/>).</param>
/// <param name="MaxFileTokens">Files of more tokens than this are skipped with a diagnostic once the lexer reaches
/// the first one past, which bounds the memory one file takes (default <see cref="ParseLimits.DefaultMaxTokens"/>).</param>
/// <param name="CacheFolder">Where to keep each package's analysis, keyed by its files' contents, the analyzer's build
/// and these settings, so an unchanged package is not parsed again (<see cref="Caching.ScanCache.DefaultFolder"/> is the
/// usual place); null to keep nothing. The result is the same with and without it.</param>
/// <param name="DefaultExcludes">Leave out what a scan of one's own code does not want: the contents of folders named
/// vendor, third_party, node_modules or testdata and of hidden folders below a scanned folder, and files that say a
/// tool generated them (<see cref="ILanguageFrontend.IsGenerated"/>). False scans them all.</param>
/// <param name="Include">When given, only files whose path relative to the scanned folder matches one of these globs
/// (<c>**</c> for any folders, <c>*</c> within a name) are read.</param>
/// <param name="Exclude">Files whose path relative to the scanned folder matches one of these globs are not read.</param>
/// <param name="RuleSeverities">Severities by rule id, as a tool's own configuration gives them (<c>Off</c> drops the
/// rule's findings); a configuration file that sets a rule wins.</param>
/// <param name="ReadConfigurationFiles">Read <c>.editorconfig</c> and <c>.globalconfig</c> files from each file's
/// folder upward for <c>dotnet_diagnostic.ID.severity</c> settings, as Roslyn does.</param>
public sealed record ScanRequest(IReadOnlyList<string> Paths, bool RunRules = true, int? MaxParallelism = null,
    long MaxFileSize = SourceText.DefaultMaxFileSize, int MaxFileTokens = ParseLimits.DefaultMaxTokens, string? CacheFolder = null,
    bool DefaultExcludes = true, IReadOnlyList<string>? Include = null, IReadOnlyList<string>? Exclude = null,
    IReadOnlyDictionary<string, Configuration.RuleSeverity>? RuleSeverities = null, bool ReadConfigurationFiles = true)
{
    /// <summary>Folder names whose contents are not scanned by default, wherever they are below a scanned folder.</summary>
    public static IReadOnlyList<string> DefaultExcludedFolders { get; } = ["vendor", "third_party", "node_modules", "testdata"];
}
