namespace Analyzer.Core.Engine.Configuration;

/// <summary>What a configuration makes of a rule's findings, as Roslyn's <c>dotnet_diagnostic.ID.severity</c> values
/// say it: <c>none</c> or <c>silent</c> (off), <c>suggestion</c> (note), <c>warning</c>, <c>error</c>.</summary>
public enum RuleSeverity
{
    /// <summary>The rule's findings are not reported.</summary>
    Off,
    /// <summary>Reported as notes.</summary>
    Note,
    /// <summary>Reported as warnings.</summary>
    Warning,
    /// <summary>Reported as errors.</summary>
    Error,
}
