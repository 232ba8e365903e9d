// Scans a tree through the analyzer's public API, as a user of the NuGet packages would: DI composition, the engine
// with a tool's own settings (an exclude glob, a rule severity, a cache folder), a baseline read from SARIF, the
// Markdown and GitHub emitters, fixes, and a finding accepted by a comment. Prints the report to stdout and one summary
// line to stderr.
using Analyzer.Core.DependencyInjection;
using Analyzer.Core.Engine;
using Analyzer.Core.Engine.Configuration;
using Analyzer.Core.Findings;
using Analyzer.Emitters;
using Analyzer.Emitters.Sarif;
using Analyzer.Frontends.Go.DependencyInjection;
using Analyzer.Frontends.Java.DependencyInjection;
using Analyzer.Frontends.Python.DependencyInjection;
using Analyzer.Rules.Toctou.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

if (args.Length == 0)
{
    Console.Error.WriteLine("usage: PackageConsumer <file-or-directory>...");
    return 2;
}

var services = new ServiceCollection()
    .AddAnalyzer()
    .AddGoFrontend()
    .AddPythonFrontend()
    .AddJavaFrontend()
    .AddReportEmitters()
    .AddToctouRules();
using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

// The settings a tool of its own passes: a glob to leave out, a rule's severity, a cache folder of its choosing.
var work = Directory.CreateTempSubdirectory("toctou-consumer-");
try
{
    var engine = provider.GetRequiredService<AnalyzerEngine>();
    var request = new ScanRequest(args, Exclude: ["**/generated/**"], CacheFolder: Path.Combine(work.FullName, "cache"),
        RuleSeverities: new Dictionary<string, RuleSeverity> { ["TOCTOU004"] = RuleSeverity.Error });
    var first = engine.Scan(request);

    // The first scan's SARIF as the baseline of a second one, which the cache answers.
    var baselinePath = Path.Combine(work.FullName, "baseline.sarif");
    using (var baselineFile = new StreamWriter(baselinePath))
        provider.GetServices<IReportEmitter>().Single(e => e.Format == "sarif").Emit(first, baselineFile);
    var result = SarifBaseline.Read(baselinePath).Compare(engine.Scan(request));
    var markdown = provider.GetServices<IReportEmitter>().Single(e => e.Format == "markdown");
    markdown.Emit(result, Console.Out);

    // GitHub annotations of the same result, one line per finding.
    using var annotations = new StringWriter();
    provider.GetServices<IReportEmitter>().Single(e => e.Format == "github").Emit(result, annotations);

    // A copy of the error-level finding's file with a toctou:ignore comment on its line accepts it.
    var accepted = result.Findings.First(f => f.Level == FindingLevel.Error);
    var copy = Path.Combine(work.FullName, "copy", Path.GetFileName(accepted.Location.Path));
    Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
    var lines = File.ReadAllLines(args.Select(a => Path.Combine(a, accepted.Location.Path)).First(File.Exists));
    lines[accepted.Location.StartLine - 1] += $"  # toctou:ignore {accepted.RuleId} -- accepted by the consumer";
    File.WriteAllLines(copy, lines);
    var suppressed = engine.Scan(new ScanRequest([Path.GetDirectoryName(copy)!], RuleSeverities: request.RuleSeverities))
        .Findings.Count(f => f.Suppression?.Justification == "accepted by the consumer");

    Console.Error.WriteLine($"consumer: {engine.Frontends.Count} frontends, {engine.Rules.Count} rules, {result.Files.Count} files, {result.Findings.Count} findings, " +
        $"{result.Findings.Count(f => f.Level == FindingLevel.Error)} at error level, {result.Findings.Count(f => f.BaselineState == BaselineState.Unchanged)} unchanged against the baseline, {result.PackagesReused} folders from the cache, " +
        $"{result.Findings.Count(f => f.CodeFix is not null)} with a fix, {annotations.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length} annotations, {suppressed} accepted in source");
    return 0;
}
finally
{
    work.Delete(recursive: true);
}
