using System.CommandLine;
using Analyzer.Core.Engine;
using Analyzer.Emitters.Sarif;

namespace Analyzer.SampleHost;

/// <summary><c>--baseline OLD.sarif</c> (scan): compare the findings with an earlier scan's SARIF, so each is marked
/// new, unchanged or updated and the earlier ones no longer found are listed as absent.</summary>
internal sealed class BaselineOption
{
    private readonly Option<string?> _option = new("--baseline")
    {
        Description = "Compare with the SARIF an earlier scan wrote: each finding is marked new, unchanged or updated (SARIF baselineState), and the earlier findings no longer reported are listed as absent; with --fail-on new, only new findings fail the scan.",
        HelpName = "FILE",
    };

    /// <summary>The option, to add to a command.</summary>
    public Option Option => _option;

    /// <summary>The baseline file the command line gives, read before the scan, or null; a missing or foreign file is a
    /// usage error.</summary>
    public SarifBaseline? Read(ParseResult parsed, bool required)
    {
        if (parsed.GetValue(_option) is not { } path)
            return required ? throw new UserError("--fail-on new needs --baseline FILE, the SARIF of the scan to compare with (for example the main branch's).") : null;
        if (!File.Exists(path)) throw new UserError($"--baseline '{path}' does not exist; give the SARIF file an earlier 'toctou scan --format sarif' wrote.");
        try
        {
            return SarifBaseline.Read(path);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException)
        {
            throw new UserError($"--baseline: {e.Message}.");
        }
    }

    /// <summary><paramref name="result"/> compared with <paramref name="baseline"/> when there is one.</summary>
    public static ScanResult Compare(SarifBaseline? baseline, ScanResult result) => baseline?.Compare(result) ?? result;
}
