using System.Collections.Concurrent;
using System.Diagnostics;
using Analyzer.Core.Findings;
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
/// A file that does not parse yields diagnostics; the scan goes on.
/// </summary>
public sealed class AnalyzerEngine
{
    private readonly IReadOnlyList<ILanguageFrontend> _frontends;
    private readonly RuleRunner _rules;
    private readonly ILogger<AnalyzerEngine> _logger;

    /// <summary>Creates an engine over the registered frontends and rules.</summary>
    public AnalyzerEngine(IEnumerable<ILanguageFrontend> frontends, IEnumerable<AnalysisRule> rules, ILogger<AnalyzerEngine> logger)
    {
        _frontends = frontends.ToList();
        _rules = new RuleRunner(rules, logger);
        _logger = logger;
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
        var (inputs, skipped) = SourceFiles.Collect(request.Paths, _frontends);
        _logger.LogInformation("Scanning {Count} files under {Paths}", inputs.Count, string.Join(", ", request.Paths));

        var files = new ConcurrentBag<ScannedFile>();
        var diagnostics = new ConcurrentBag<ParseDiagnostic>(skipped);
        var findings = new ConcurrentBag<Finding>();
        var index = new ProgramIndex();
        var done = 0;
        var packages = inputs.GroupBy(i => (i.Frontend, Directory: Path.GetDirectoryName(i.FullPath)))
            .OrderByDescending(g => g.Count()).ToList();
        var options = new ParallelOptions
        {
            MaxDegreeOfParallelism = request.MaxParallelism ?? Environment.ProcessorCount,
            CancellationToken = cancellationToken,
        };
        var limits = new ParseLimits(request.MaxFileTokens);
        Parallel.ForEach(packages, options, package =>
        {
            var modules = new List<Module>();
            foreach (var input in package)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var parsed = Parse(input, request.MaxFileSize, limits);
                files.Add(new ScannedFile(parsed.Text.Path, input.Frontend.LanguageId, parsed.Text.LineCount, parsed.HasErrors));
                foreach (var d in parsed.Diagnostics) diagnostics.Add(d);
                if (parsed.Module is not null) modules.Add(parsed.Module);
                progress?.Report(new ScanProgress(Interlocked.Increment(ref done), inputs.Count));
            }
            if (!request.RunRules || modules.Count == 0) return;
            var model = new PackageModel(package.Key.Frontend.LanguageId, package.Key.Frontend.Facts, modules);
            _rules.Run(model, findings.Add, diagnostics.Add);
            index.Add(model, diagnostics.Add);
        });

        var all = findings.ToList();
        if (request.RunRules) _rules.RunScanEnd(all, index, diagnostics.Add);
        all.Sort(FindingOrder.Instance);
        var result = new ScanResult(
            files.OrderBy(f => f.Path, StringComparer.Ordinal).ToList(),
            diagnostics.OrderBy(d => d.Span.Path, StringComparer.Ordinal).ThenBy(d => d.Span.StartOffset).ThenBy(d => d.Message, StringComparer.Ordinal).ToList(),
            all,
            _rules.Descriptors,
            clock.Elapsed);
        _logger.LogInformation("Scanned {Files} files ({Lines} lines) in {Seconds:F1} s: {Findings} findings, {Diagnostics} diagnostics",
            result.Files.Count, result.Lines, clock.Elapsed.TotalSeconds, all.Count, result.Diagnostics.Count);
        return result;
    }

    private ParsedFile Parse(SourceFile input, long maxFileSize, ParseLimits limits)
    {
        SourceText text;
        try
        {
            text = SourceText.FromFile(input.FullPath, input.ReportedPath, maxFileSize);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Cannot read {Path}: {Message}", input.FullPath, e.Message);
            var empty = new SourceText(input.ReportedPath, string.Empty);
            var diagnostic = e is UnreadableSourceException
                ? new ParseDiagnostic(SourceSpan.FileStart(input.ReportedPath), DiagnosticSeverity.Warning, e.Message)
                : new ParseDiagnostic(SourceSpan.FileStart(input.ReportedPath), DiagnosticSeverity.Error, $"cannot read the file: {e.Message}; check that it exists and is readable");
            return new ParsedFile(empty, null, [diagnostic]);
        }
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
