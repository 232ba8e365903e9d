using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Serialization;
using Analyzer.Core.Text;

namespace Analyzer.Core.Findings;

/// <summary>One result of a rule: where the problem is, why, what else matters, and how to fix it.</summary>
/// <param name="RuleId">The reporting rule's id.</param>
/// <param name="Level">How serious it is.</param>
/// <param name="Message">One sentence for a person.</param>
/// <param name="Location">The primary location (for a TOCTOU pair: the act).</param>
/// <param name="Code">The source lines of the primary location, for reports.</param>
/// <param name="FunctionName">The function the finding is in (Type.method where it is a method).</param>
/// <param name="Related">Related locations, each with its role.</param>
/// <param name="Fix">How to fix it, in the language of the file.</param>
/// <param name="CheckAct">The check-then-act the finding is about, for scan-end rules, reports and tools; null for a
/// finding that is not one (an accepted-suppression notice).</param>
/// <param name="InTestCode">True when the finding is in test code by its language's convention (a Go <c>_test.go</c>
/// file, a Python <c>test_*.py</c> module or a file under <c>tests/</c>).</param>
/// <param name="Suppression">The <c>toctou:ignore</c> comment that accepts this finding, or null. A suppressed finding
/// stays in SARIF (with its justification) and in the counts, but is not listed in Markdown and never fails a scan.</param>
/// <param name="BaselineState">How the finding relates to a baseline the scan was compared with; null without one.</param>
/// <param name="CodeFix">A mechanical fix a <see cref="Fixes.CodeFixProvider"/> offers, or null.</param>
public sealed record Finding(
    string RuleId,
    FindingLevel Level,
    string Message,
    SourceSpan Location,
    string Code,
    string FunctionName,
    IReadOnlyList<RelatedLocation> Related,
    string Fix,
    CheckActFacts? CheckAct = null,
    bool InTestCode = false,
    Suppression? Suppression = null,
    BaselineState? BaselineState = null,
    Fixes.CodeFix? CodeFix = null)
{
    /// <summary>The related locations with <paramref name="role"/>.</summary>
    public IEnumerable<RelatedLocation> WithRole(LocationRole role) => Related.Where(r => r.Role == role);

    /// <summary>A fingerprint that survives unrelated edits: rule, file, function, the act's code and the first
    /// check's code and description (several checks can decide one act), not their lines.</summary>
    [JsonIgnore]
    public string Fingerprint
    {
        get
        {
            var check = WithRole(LocationRole.Check).FirstOrDefault() is { } first ? $"{Fold(first.Code)}|{first.Message}" : string.Empty;
            var key = $"{RuleId}|{Location.Path}|{FunctionName}|{Fold(Code)}|{check}";
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)))[..32];
        }
    }

    private static string Fold(string code) => string.Join(' ', code.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
