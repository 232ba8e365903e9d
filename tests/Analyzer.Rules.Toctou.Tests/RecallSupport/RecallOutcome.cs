using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Testing;

namespace Analyzer.Rules.Toctou.Tests.RecallSupport;

/// <summary>What the whole rule pack reports on one case, scanned as one folder (one package) the way the verifier
/// scans it.</summary>
/// <param name="RacyFound">Every Noncompliant marker of racy.* has a finding of its rule on its line.</param>
/// <param name="FixedFindings">The findings reported in fixed.*.</param>
public sealed record RecallOutcome(bool RacyFound, IReadOnlyList<Finding> FixedFindings, ScanResult Scan)
{
    public bool FixedReported => FixedFindings.Count > 0;

    public static RecallOutcome Of(RecallCase recallCase)
    {
        var scan = TestEngine.Create(recallCase.Frontend(), AllRules.Create()).Scan(new ScanRequest([recallCase.Folder]));
        var racyName = Path.GetFileName(recallCase.RacyFile);
        var fixedName = Path.GetFileName(recallCase.FixedFile);
        var markers = recallCase.RacyMarkers();
        var found = markers.Count > 0 && markers.All(m => scan.Findings.Any(f =>
            Path.GetFileName(f.Location.Path) == racyName && f.Location.StartLine == m.Line && (m.RuleId is null || f.RuleId == m.RuleId)));
        var inFixed = scan.Findings.Where(f => Path.GetFileName(f.Location.Path) == fixedName).ToList();
        return new RecallOutcome(found, inFixed, scan);
    }
}
