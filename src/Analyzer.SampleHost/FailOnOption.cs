using System.CommandLine;
using Analyzer.Core.Engine;
using Analyzer.Core.Findings;

namespace Analyzer.SampleHost;

/// <summary><c>--fail-on error|warning|note|none|new</c> (scan): the least serious level of finding that makes the scan
/// exit 1. The default, error, keeps warnings and notes in the report without failing a CI job. A finding a
/// <c>toctou:ignore</c> comment accepts never fails a scan; with <c>new</c>, only a finding the baseline lacks does.</summary>
internal sealed class FailOnOption
{
    private const string New = "new";

    private static readonly Dictionary<string, FindingLevel?> Levels = new(StringComparer.OrdinalIgnoreCase)
    {
        ["error"] = FindingLevel.Error,
        ["warning"] = FindingLevel.Warning,
        ["note"] = FindingLevel.Note,
        ["none"] = null,
        [New] = FindingLevel.Note,
    };

    private readonly Option<string> _option = new("--fail-on")
    {
        Description = "Exit 1 when a finding at this level or above is reported: error (the default), warning, note, none to always exit 0 after a scan, or new: any finding the --baseline does not have.",
        HelpName = "LEVEL",
        DefaultValueFactory = _ => "error",
    };

    public FailOnOption()
    {
        _option.CompletionSources.Add(Levels.Keys.ToArray());
        _option.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>();
            if (!Levels.ContainsKey(value)) result.AddError($"--fail-on '{value}' is not a level; give one of: {string.Join(", ", Levels.Keys)}.");
        });
    }

    /// <summary>The option, to add to a command.</summary>
    public Option Option => _option;

    /// <summary>Whether the command line gates on new findings only, which needs a baseline.</summary>
    public bool OnNewOnly(ParseResult parsed) => string.Equals(parsed.GetValue(_option), New, StringComparison.OrdinalIgnoreCase);

    /// <summary>The exit code of a scan with <paramref name="result"/> under the level the command line asks for.</summary>
    public int ExitCode(ParseResult parsed, ScanResult result)
    {
        var failing = result.Unsuppressed;
        if (OnNewOnly(parsed)) failing = failing.Where(f => f.BaselineState == BaselineState.New);
        return Levels[parsed.GetValue(_option)!] is { } least && failing.Any(f => f.Level >= least) ? ExitCodes.ErrorFindings : ExitCodes.Clean;
    }
}
