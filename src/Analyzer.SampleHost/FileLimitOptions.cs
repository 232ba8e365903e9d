using System.CommandLine;
using Analyzer.Core.Engine;
using Analyzer.Core.Frontends;
using Analyzer.Core.Text;

namespace Analyzer.SampleHost;

/// <summary><c>--max-file-size BYTES</c> and <c>--max-file-tokens N</c> (scan and parse): files past either limit are
/// skipped with a diagnostic, and the rest of the scan goes on.</summary>
internal sealed class FileLimitOptions
{
    private readonly Option<long> _maxFileSize = WholeNumberOption.Create("--max-file-size", "BYTES", SourceText.DefaultMaxFileSize, 1L,
        $"Skip files larger than this many bytes, with a diagnostic (default {SourceText.DefaultMaxFileSize:D}, 10 MiB).",
        " of bytes", "give the size of the largest file to read, for example --max-file-size 52428800 for 50 MiB.");

    private readonly Option<int> _maxFileTokens = WholeNumberOption.Create("--max-file-tokens", "N", ParseLimits.DefaultMaxTokens, 1,
        $"Skip files of more than this many tokens, with a diagnostic: analysis takes about 1 KB of memory a token (default {ParseLimits.DefaultMaxTokens:D}).",
        string.Empty, "give the most tokens one file may have, for example --max-file-tokens 3000000 for about 3 GB of memory.");

    /// <summary>The options, to add to a command.</summary>
    public IEnumerable<Option> All => [_maxFileSize, _maxFileTokens];

    /// <summary>A request for <paramref name="inputs"/> with the limits the command line gave.</summary>
    public ScanRequest Request(ParseResult parsed, IReadOnlyList<string> inputs, bool runRules) =>
        new(inputs, runRules, MaxFileSize: parsed.GetValue(_maxFileSize), MaxFileTokens: parsed.GetValue(_maxFileTokens));
}
