using System.Text.Json;
using Analyzer.Emitters.Sarif;

namespace Analyzer.Evaluation;

/// <summary>Reads the results of a SARIF report the host wrote (each keyed by its <see cref="SarifEmitter.FingerprintKey"/>).</summary>
public static class SarifReport
{
    public static IReadOnlyList<ReportedFinding> Read(string corpus, string sarifPath)
    {
        using var document = JsonDocument.Parse(File.ReadAllBytes(sarifPath));
        var findings = new List<ReportedFinding>();
        foreach (var run in document.RootElement.GetProperty("runs").EnumerateArray())
        foreach (var result in run.GetProperty("results").EnumerateArray())
        {
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            findings.Add(new ReportedFinding(
                corpus,
                result.GetProperty("partialFingerprints").GetProperty(SarifEmitter.FingerprintKey).GetString()!,
                result.GetProperty("ruleId").GetString()!,
                result.TryGetProperty("level", out var level) ? level.GetString()! : "warning",
                Uri.UnescapeDataString(location.GetProperty("artifactLocation").GetProperty("uri").GetString()!),
                location.GetProperty("region").GetProperty("startLine").GetInt32(),
                result.GetProperty("message").GetProperty("text").GetString()!));
        }
        return findings;
    }
}
