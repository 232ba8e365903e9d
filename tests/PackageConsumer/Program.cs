// Scans a tree through the analyzer's public API, as a user of the NuGet packages would: DI composition, the engine,
// and the Markdown emitter. Prints the report to stdout and one summary line to stderr.
using Analyzer.Core.DependencyInjection;
using Analyzer.Core.Engine;
using Analyzer.Emitters;
using Analyzer.Frontends.Go.DependencyInjection;
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
    .AddReportEmitters()
    .AddToctouRules();
using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });

var engine = provider.GetRequiredService<AnalyzerEngine>();
var result = engine.Scan(new ScanRequest(args));
var markdown = provider.GetServices<IReportEmitter>().Single(e => e.Format == "markdown");
markdown.Emit(result, Console.Out);

Console.Error.WriteLine($"consumer: {engine.Frontends.Count} frontends, {engine.Rules.Count} rules, {result.Files.Count} files, {result.Findings.Count} findings");
return 0;
