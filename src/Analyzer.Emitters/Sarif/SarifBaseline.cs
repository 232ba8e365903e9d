using System.Text.Json;
using System.Text.RegularExpressions;
using Analyzer.Core.Engine;
using Analyzer.Core.Findings;

namespace Analyzer.Emitters.Sarif;

/// <summary>
/// An earlier scan's SARIF log (as <see cref="SarifEmitter"/> writes it), to compare a new scan with: each finding is
/// matched by its fingerprint (<see cref="Finding.Fingerprint"/>: the rule, file, function, the act's code and the
/// check's, not their lines, so blank lines or edits elsewhere do not break the match) and marked new, unchanged (same
/// level, same message apart from line numbers) or updated; the baseline's findings left over are absent.
/// </summary>
public sealed partial class SarifBaseline
{
    private readonly List<AbsentFinding> _findings;

    private SarifBaseline(List<AbsentFinding> findings) => _findings = findings;

    /// <summary>Reads the baseline at <paramref name="path"/>.</summary>
    /// <exception cref="InvalidDataException">The file is not a SARIF log with fingerprinted results.</exception>
    /// <exception cref="IOException">It cannot be read.</exception>
    public static SarifBaseline Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var log = JsonDocument.Parse(stream);
            var findings = new List<AbsentFinding>();
            foreach (var run in log.RootElement.GetProperty("runs").EnumerateArray())
                foreach (var result in run.GetProperty("results").EnumerateArray())
                {
                    if (result.TryGetProperty("baselineState", out var state) && state.GetString() == "absent") continue;
                    var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
                    findings.Add(new AbsentFinding(
                        String(result, "ruleId"),
                        Level(result.TryGetProperty("level", out var level) ? level.GetString() : null),
                        String(result.GetProperty("message"), "text"),
                        string.Join('/', String(location.GetProperty("artifactLocation"), "uri").Split('/').Select(Uri.UnescapeDataString)),
                        location.TryGetProperty("region", out var region) && region.TryGetProperty("startLine", out var line) ? line.GetInt32() : 1,
                        String(result.GetProperty("partialFingerprints"), SarifEmitter.FingerprintKey)));
                }
            return new SarifBaseline(findings);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IndexOutOfRangeException)
        {
            throw new InvalidDataException($"'{path}' is not a SARIF log of this analyzer with fingerprinted results ({e.Message}); give a file that 'toctou scan --format sarif' wrote", e);
        }
    }

    private static string String(JsonElement element, string name) =>
        element.GetProperty(name).GetString() ?? throw new KeyNotFoundException($"'{name}' is null");

    private static FindingLevel Level(string? name) => name switch
    {
        "error" => FindingLevel.Error,
        "note" => FindingLevel.Note,
        _ => FindingLevel.Warning,
    };

    /// <summary><paramref name="result"/> with every finding's baseline state set and the baseline's left-over findings
    /// as <see cref="ScanResult.Absent"/>. Findings that share a fingerprint are matched in order.</summary>
    public ScanResult Compare(ScanResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var pending = _findings.GroupBy(f => f.Fingerprint, StringComparer.Ordinal).ToDictionary(g => g.Key, g => new Queue<AbsentFinding>(g), StringComparer.Ordinal);
        var findings = result.Findings.Select(finding =>
        {
            if (!pending.TryGetValue(finding.Fingerprint, out var matches) || !matches.TryDequeue(out var old))
                return finding with { BaselineState = BaselineState.New };
            var same = old.Level == finding.Level && WithoutNumbers(old.Message) == WithoutNumbers(finding.Message);
            return finding with { BaselineState = same ? BaselineState.Unchanged : BaselineState.Updated };
        }).ToList();
        var absent = pending.Values.SelectMany(q => q).OrderBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.StartLine).ThenBy(f => f.RuleId, StringComparer.Ordinal).ToList();
        return result with { Findings = findings, Absent = absent };
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    // Messages name lines; an edit above the finding moves them without changing what the finding says.
    private static string WithoutNumbers(string message) => Number().Replace(message, "#");
}
