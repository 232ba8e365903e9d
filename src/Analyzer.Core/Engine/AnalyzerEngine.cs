using System.Collections.Concurrent;
using System.Diagnostics;
using Analyzer.Core.Engine.Caching;
using Analyzer.Core.Engine.Configuration;
using Analyzer.Core.Findings;
using Analyzer.Core.Fixes;
using Analyzer.Core.Frontends;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Microsoft.Extensions.Logging;

namespace Analyzer.Core.Engine;

/// <summary>
/// Scans trees of files: picks a frontend by extension, parses packages (one directory in one language) in
/// parallel, builds each package's semantic model, runs the rules, and returns findings in a deterministic order.
/// A package whose files are unchanged since a scan that kept it in the request's cache folder is taken from there
/// instead. A file that does not parse yields diagnostics; the scan goes on.
/// </summary>
public sealed class AnalyzerEngine
{
    private readonly IReadOnlyList<ILanguageFrontend> _frontends;
    private readonly RuleRunner _rules;
    private readonly IReadOnlyList<CodeFixProvider> _fixes;
    private readonly ILogger<AnalyzerEngine> _logger;
    private readonly Lazy<byte[]> _fingerprint;
    private readonly HashSet<string> _ruleIds;

    /// <summary>Creates an engine over the registered frontends, rules and code fix providers.</summary>
    public AnalyzerEngine(IEnumerable<ILanguageFrontend> frontends, IEnumerable<AnalysisRule> rules, IEnumerable<CodeFixProvider> fixes, ILogger<AnalyzerEngine> logger)
    {
        _frontends = frontends.ToList();
        _fixes = fixes.ToList();
        _rules = new RuleRunner(rules, logger);
        _logger = logger;
        _fingerprint = new Lazy<byte[]>(() => ScanCache.EngineFingerprint(_frontends, _rules.Rules, _fixes));
        _ruleIds = _rules.Descriptors.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The registered frontends.</summary>
    public IReadOnlyList<ILanguageFrontend> Frontends => _frontends;

    /// <summary>The descriptors of the registered rules.</summary>
    public IReadOnlyList<RuleDescriptor> Rules => _rules.Descriptors;

    /// <summary>Scans <paramref name="request"/>'s paths.</summary>
    /// <exception cref="FileNotFoundException">A path does not exist.</exception>
    public ScanResult Scan(ScanRequest request, IProgress<ScanProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        var selection = new FileSelection(request);
        var (inputs, skipped) = SourceFiles.Collect(request.Paths, _frontends, selection);
        _logger.LogInformation("Scanning {Count} files under {Paths}", inputs.Count, string.Join(", ", request.Paths));

        var files = new ConcurrentBag<ScannedFile>();
        var diagnostics = new ConcurrentBag<ParseDiagnostic>(skipped);
        var configuration = new RuleSeverities(request, inputs.Select(i => Path.GetDirectoryName(i.FullPath)!).Distinct(StringComparer.Ordinal), diagnostics.Add);
        var findings = new ConcurrentBag<Finding>();
        var index = new ProgramIndex();
        var done = 0;
        var reused = 0;
        var cache = request.CacheFolder is { } folder ? new ScanCache(folder, _logger) : null;
        var packages = inputs.GroupBy(i => (i.Frontend, Directory: Path.GetDirectoryName(i.FullPath)))
            .OrderByDescending(g => g.Count()).ToList();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = request.MaxParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        Parallel.ForEach(packages, options, package =>
        {
            void FilesDone(int count)
            {
                if (count > 0) progress?.Report(new ScanProgress(Interlocked.Add(ref done, count), inputs.Count));
            }
            var sources = package.Select(input => Read(input, request.MaxFileSize)).Where(source => !IsGenerated(source, selection)).ToList();
            FilesDone(package.Count() - sources.Count);
            // A folder of generated files only has nothing to analyse (nor a cache entry to reuse).
            if (sources.Count == 0) return;
            var severities = sources.ToDictionary(source => source.Input.ReportedPath, source => configuration.For(source.Input.FullPath), StringComparer.Ordinal);
            var key = cache is null ? null : ScanCache.KeyOf(_fingerprint.Value, request, package.Key.Frontend, sources, severities);
            var result = key is null ? null : cache!.Load(key);
            if (result is not null)
            {
                Interlocked.Increment(ref reused);
                FilesDone(sources.Count);
            }
            else
            {
                result = Analyze(package.Key.Frontend, sources, severities, request, () => FilesDone(1), cancellationToken);
                if (key is not null) cache!.Store(key, result);
            }
            foreach (var file in result.Files) files.Add(file);
            foreach (var diagnostic in result.Diagnostics) diagnostics.Add(diagnostic);
            foreach (var finding in result.Findings) findings.Add(finding);
            index.Add(result.Types, result.Functions);
        });

        cache?.Prune();
        var all = findings.ToList();
        if (request.RunRules)
        {
            var scanEnd = Stopwatch.StartNew();
            _rules.RunScanEnd(all, index, diagnostics.Add);
            _logger.LogInformation("Scan-end rules ran over {Functions} function summaries in {Seconds:F2} s", index.Functions.Count, scanEnd.Elapsed.TotalSeconds);
        }
        all.Sort(FindingOrder.Instance);
        var result = new ScanResult(
            files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            diagnostics.OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Span.StartOffset).ThenBy(d => d.Message, StringComparer.Ordinal).ToList(),
            all,
            all.Any(f => f.RuleId == InSourceSuppressions.Descriptor.Id) ? [InSourceSuppressions.Descriptor, .. _rules.Descriptors] : _rules.Descriptors,
            clock.Elapsed) { PackagesReused = reused, Excluded = selection.Excluded };
        _logger.LogInformation("Scanned {Files} files ({Lines} lines) in {Seconds:F1} s: {Findings} findings, {Diagnostics} diagnostics; {Reused} of {Packages} packages from the cache",
            result.Files.Count, result.Lines, clock.Elapsed.TotalSeconds, all.Count, result.Diagnostics.Count, reused, packages.Count);
        return result;
    }

    /// <summary>Parses a package's files, runs the rules on it and summarizes it for the scan-end rules.</summary>
    private PackageResult Analyze(ILanguageFrontend frontend, List<PackageSource> sources, IReadOnlyDictionary<string, IReadOnlyDictionary<string, RuleSeverity>> severities,
        ScanRequest request, Action fileDone, CancellationToken cancellationToken)
    {
        var limits = new ParseLimits(request.MaxFileTokens);
        var files = new List<ScannedFile>();
        var diagnostics = new List<ParseDiagnostic>();
        var findings = new List<Finding>();
        var modules = new List<Module>();
        foreach (var source in sources)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var parsed = Parse(source, limits);
            files.Add(new ScannedFile(parsed.Text.Path, frontend.LanguageId, parsed.Text.LineCount, parsed.HasErrors));
            diagnostics.AddRange(parsed.Diagnostics);
            if (parsed.Module is not null) modules.Add(parsed.Module);
            fileDone();
        }
        if (!request.RunRules || modules.Count == 0) return new PackageResult(files, diagnostics, findings, [], []);
        var model = new PackageModel(frontend.LanguageId, frontend.Facts, modules, frontend.IsTestCode);
        _rules.Run(model, finding => findings.Add(frontend.IsTestCode(finding.Location.Path) ? finding with { InTestCode = true } : finding), diagnostics.Add);
        var (types, functions) = ProgramIndex.Summarize(model, diagnostics.Add);
        var configured = InSourceSuppressions.Apply(modules, findings.Select(f => WithFix(f, frontend.LanguageId, modules)).ToList(), _ruleIds)
            .Select(f => severities.TryGetValue(f.Location.Path, out var forFile) ? RuleSeverities.Apply(f, forFile) : f).OfType<Finding>().ToList();
        return new PackageResult(files, diagnostics, configured, types, functions);
    }

    // The first fix a provider for the finding's language and rule offers; a provider that throws offers none.
    private Finding WithFix(Finding finding, string language, List<Module> modules)
    {
        var providers = _fixes.Where(p => p.LanguageId == language && p.FixableRuleIds.Contains(finding.RuleId, StringComparer.Ordinal)).ToList();
        if (providers.Count == 0 || modules.FirstOrDefault(m => m.Text.Path == finding.Location.Path) is not { } module) return finding;
        foreach (var provider in providers)
        {
            try
            {
                if (provider.Fix(finding, module) is { } fix) return finding with { CodeFix = fix };
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogError(e, "The code fix provider {Provider} failed at {Location}", provider.GetType().Name, finding.Location);
            }
        }
        return finding;
    }

    // A generated file is left out by its first lines, before it is parsed or keyed in the cache.
    private static bool IsGenerated(PackageSource source, FileSelection selection)
    {
        if (!selection.ExcludesGenerated || source.Bytes is not { } bytes) return false;
        var head = System.Text.Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        return source.Input.Frontend.IsGenerated(head) && !selection.Skip(FileSelection.Generated);
    }

    private PackageSource Read(SourceFile input, long maxFileSize)
    {
        try
        {
            return new PackageSource(input, RegularFile.ReadAll(input.FullPath, maxFileSize), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Cannot read {Path}: {Message}", input.FullPath, e.Message);
            var diagnostic = e is UnreadableSourceException
                ? new ParseDiagnostic(SourceSpan.FileStart(input.ReportedPath), DiagnosticSeverity.Warning, e.Message)
                : new ParseDiagnostic(SourceSpan.FileStart(input.ReportedPath), DiagnosticSeverity.Error, $"cannot read the file: {e.Message}; check that it exists and is readable");
            return new PackageSource(input, null, diagnostic);
        }
    }

    private ParsedFile Parse(PackageSource source, ParseLimits limits)
    {
        var input = source.Input;
        if (source.Bytes is null) return new ParsedFile(new SourceText(input.ReportedPath, string.Empty), null, [source.Unreadable!]);
        var text = SourceText.FromBytes(source.Bytes, input.ReportedPath);
        try
        {
            var parsed = input.Frontend.Parse(text, limits);
            if (parsed.Module is null) return parsed;
            var tooDeep = FunctionNesting.TooDeep(parsed.Module);
            return tooDeep.Count == 0 ? parsed : parsed with { Diagnostics = [.. parsed.Diagnostics, .. tooDeep.Select(FunctionNesting.Diagnostic)] };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "The {Language} frontend failed on {Path}", input.Frontend.LanguageId, input.ReportedPath);
            return new ParsedFile(text, null,
                [new ParseDiagnostic(SourceSpan.FileStart(text.Path), DiagnosticSeverity.Error, $"the {input.Frontend.LanguageId} frontend failed on this file ({e.GetType().Name}: {e.Message}); the file was skipped — please report it with the file attached")]);
        }
    }
}
