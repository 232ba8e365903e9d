using System.Text;
using Analyzer.Core.Findings;
using Analyzer.Core.Text;

namespace Analyzer.Emitters.Reporting;

/// <summary>The words every report uses for levels and roles, so Markdown and SARIF say the same thing.</summary>
internal static class ReportVocabulary
{
    /// <summary>Finding levels, most serious first: the order reports list them in.</summary>
    public static IReadOnlyList<FindingLevel> LevelsBySeverity { get; } = [FindingLevel.Error, FindingLevel.Warning, FindingLevel.Note];

    /// <summary>Diagnostic severities, most serious first.</summary>
    public static IReadOnlyList<DiagnosticSeverity> SeveritiesBySeverity { get; } = [DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Info];

    /// <summary>SARIF's name of a finding level ("error", "warning", "note"), which Markdown uses too.</summary>
    public static string LevelName(FindingLevel level) => level switch
    {
        FindingLevel.Error => "error",
        FindingLevel.Warning => "warning",
        FindingLevel.Note => "note",
        _ => throw new ArgumentOutOfRangeException(nameof(level), level, "no report name for this finding level; add one to ReportVocabulary"),
    };

    /// <summary>SARIF's name of a diagnostic severity: an informational diagnostic is a "note".</summary>
    public static string LevelName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => throw new ArgumentOutOfRangeException(nameof(severity), severity, "no report name for this severity; add one to ReportVocabulary"),
    };

    /// <summary>A role as a phrase in lower case: <c>SwallowedException</c> is "swallowed exception". Derived from the
    /// enum's name, so a role added to the core needs no change here.</summary>
    public static string RoleName(LocationRole role)
    {
        var name = role.ToString();
        var phrase = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) phrase.Append(' ');
            phrase.Append(char.ToLowerInvariant(name[i]));
        }
        return phrase.ToString();
    }
}
