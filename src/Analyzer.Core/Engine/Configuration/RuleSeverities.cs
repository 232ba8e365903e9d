using System.Collections.Immutable;
using Analyzer.Core.Findings;
using Analyzer.Core.Text;
using Microsoft.CodeAnalysis;
using DiagnosticSeverity = Analyzer.Core.Text.DiagnosticSeverity;

namespace Analyzer.Core.Engine.Configuration;

/// <summary>
/// Rule severities the Roslyn way: <c>dotnet_diagnostic.TOCTOU004.severity = none | silent | suggestion | warning |
/// error</c> in <c>.editorconfig</c> files (sections by glob, such as <c>[**/migrations/**.py]</c>; the nearest file
/// wins, and a file with <c>root = true</c> ends the search) and in <c>.globalconfig</c> files (<c>is_global = true</c>,
/// for every file), each found from a scanned file's folder upward. Microsoft.CodeAnalysis reads them, exactly as the
/// C# compiler does. Severities the request gives apply unless a configuration file sets the rule.
/// </summary>
internal sealed class RuleSeverities
{
    private const string EditorConfig = ".editorconfig";
    private static readonly string[] FileNames = [EditorConfig, ".globalconfig"];
    private readonly IReadOnlyDictionary<string, RuleSeverity> _requested;
    private readonly AnalyzerConfigSet? _configs;
    private readonly Dictionary<string, string?> _configIn = new(StringComparer.Ordinal);
    // Folders with an .editorconfig in them or above them: a file anywhere else gets the global configuration only, and
    // is not matched against the sections of every configuration file (270 MB of a whole Kubernetes scan's 20.6 GB of
    // allocation, for the 15 .editorconfig files deep in its vendor/ folder).
    private readonly HashSet<string> _underEditorConfig = new(StringComparer.Ordinal);
    private readonly IReadOnlyDictionary<string, RuleSeverity> _globalOnly;

    public RuleSeverities(ScanRequest request, IEnumerable<string> folders, Action<ParseDiagnostic> diagnose)
    {
        // Roslyn compares rule ids without regard to case (and hands them back in lower case).
        _requested = new Dictionary<string, RuleSeverity>(request.RuleSeverities ?? ImmutableDictionary<string, RuleSeverity>.Empty, StringComparer.OrdinalIgnoreCase);
        _globalOnly = _requested;
        if (!request.ReadConfigurationFiles) return;
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var folder in folders)
            foreach (var file in AncestorConfigs(folder))
            {
                found.Add(file);
                if (Path.GetFileName(file) == EditorConfig) _underEditorConfig.Add(folder);
            }
        var files = found.ToList();
        if (files.Count == 0) return;
        var configs = new List<AnalyzerConfig>();
        foreach (var file in files)
        {
            try
            {
                configs.Add(AnalyzerConfig.Parse(File.ReadAllText(file), file));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnose(new ParseDiagnostic(SourceSpan.FileStart(file), DiagnosticSeverity.Warning,
                    $"cannot read this configuration file ({e.Message}); its rule severities were not applied — check its permissions"));
            }
        }
        _configs = AnalyzerConfigSet.Create(configs, out var problems);
        _globalOnly = Merged(_configs.GlobalConfigOptions.TreeOptions);
        foreach (var problem in problems)
            diagnose(new ParseDiagnostic(SourceSpan.FileStart(problem.Location.GetLineSpan().Path ?? "."), DiagnosticSeverity.Warning,
                $"configuration: {problem.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}"));
    }

    // The configuration files in a folder and every folder above it, nearest first.
    private IEnumerable<string> AncestorConfigs(string folder)
    {
        for (var dir = new DirectoryInfo(folder); dir is not null; dir = dir.Parent)
            foreach (var name in FileNames)
            {
                var path = Path.Combine(dir.FullName, name);
                if (!_configIn.TryGetValue(path, out var found)) _configIn[path] = found = File.Exists(path) ? path : null;
                if (found is not null) yield return found;
            }
    }

    /// <summary>The severities in force for the file at <paramref name="fullPath"/>, by rule id.</summary>
    public IReadOnlyDictionary<string, RuleSeverity> For(string fullPath)
    {
        if (_configs is null || !_underEditorConfig.Contains(Path.GetDirectoryName(fullPath)!)) return _globalOnly;
        // Global configuration first, then the sections of .editorconfig files that match the file, nearest last.
        return Merged(_configs.GlobalConfigOptions.TreeOptions.Concat(_configs.GetOptionsForSourcePath(fullPath).TreeOptions).ToList());
    }

    // The request's severities, with those the settings give in their place; the request's own map when none does.
    private IReadOnlyDictionary<string, RuleSeverity> Merged(IReadOnlyCollection<KeyValuePair<string, ReportDiagnostic>> settings)
    {
        if (settings.Count == 0) return _requested;
        var merged = new Dictionary<string, RuleSeverity>(_requested, StringComparer.OrdinalIgnoreCase);
        foreach (var (id, setting) in settings)
            if (Severity(setting) is { } severity) merged[id.ToUpperInvariant()] = severity;
        return merged;
    }

    private static RuleSeverity? Severity(ReportDiagnostic setting) => setting switch
    {
        ReportDiagnostic.Error => RuleSeverity.Error,
        ReportDiagnostic.Warn => RuleSeverity.Warning,
        ReportDiagnostic.Info => RuleSeverity.Note,
        ReportDiagnostic.Hidden or ReportDiagnostic.Suppress => RuleSeverity.Off,
        _ => null,
    };

    /// <summary><paramref name="finding"/> at the level <paramref name="severities"/> give its rule, or null when they
    /// turn the rule off.</summary>
    public static Finding? Apply(Finding finding, IReadOnlyDictionary<string, RuleSeverity> severities) =>
        !severities.TryGetValue(finding.RuleId, out var severity) ? finding
        : severity switch
        {
            RuleSeverity.Off => null,
            RuleSeverity.Note => finding with { Level = FindingLevel.Note },
            RuleSeverity.Warning => finding with { Level = FindingLevel.Warning },
            _ => finding with { Level = FindingLevel.Error },
        };
}
