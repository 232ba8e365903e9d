using Analyzer.Core.Findings;

namespace Analyzer.Core.Rules;

/// <summary>A rule's metadata, as Roslyn's DiagnosticDescriptor: it feeds SARIF's rules[] and the docs.</summary>
/// <param name="Id">Stable id, for example "TOCTOU001".</param>
/// <param name="Title">Short title.</param>
/// <param name="MessageFormat">Message with {0}-style placeholders, filled when a finding is reported.</param>
/// <param name="DefaultLevel">The level a finding has unless the rule raises or lowers it with evidence.</param>
/// <param name="Category">A grouping such as "Concurrency".</param>
/// <param name="HelpUri">Where the rule's documentation is.</param>
/// <param name="Description">A paragraph on what the rule finds and why it matters.</param>
/// <param name="Tags">Words code-scanning tools filter by (SARIF <c>properties.tags</c>), such as "security" or
/// "external/cwe/cwe-367".</param>
public sealed record RuleDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    FindingLevel DefaultLevel,
    string Category,
    string HelpUri,
    string Description,
    IReadOnlyList<string>? Tags = null)
{
    /// <summary>The message with its placeholders filled.</summary>
    public string FormatMessage(params object[] args) => string.Format(System.Globalization.CultureInfo.InvariantCulture, MessageFormat, args);
}
