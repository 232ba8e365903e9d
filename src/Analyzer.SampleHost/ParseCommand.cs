using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Analyzer.Core.Engine;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.SampleHost;

/// <summary><c>parse &lt;paths...&gt; [--json]</c>: parses without running rules and prints counts, syntax errors,
/// time, throughput and peak memory (the numbers benchmarks compare).</summary>
internal static class ParseCommand
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    public static Command Create(IServiceProvider services, HostConsole console)
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and directories to parse.",
            Arity = ArgumentArity.OneOrMore,
        };
        var json = new Option<bool>("--json") { Description = "Print the numbers as one JSON object." };
        var maxErrors = WholeNumberOption.Create("--max-errors", "N", 20, 0,
            "List at most this many syntax errors; the rest are counted.", string.Empty, "give how many syntax errors to list.");
        var requestOptions = new ScanRequestOptions(withCache: false);

        var command = new Command("parse", "Parse source trees without running rules; print files, lines, syntax errors, time, lines/s and peak memory.")
        {
            paths, json, maxErrors,
        };
        foreach (var option in requestOptions.All) command.Options.Add(option);
        command.SetAction(parsed => AnalyzerHost.Guard(console, services, () =>
        {
            var inputs = InputPaths.RequireExisting(parsed.GetValue(paths));
            var engine = services.GetRequiredService<AnalyzerEngine>();
            var start = RuntimeCost.Now();
            var result = ScanRunner.Run(engine, requestOptions.Request(parsed, inputs, runRules: false), console, "Parsing");
            var cost = RuntimeCost.Now().Since(start);
            ScanCommand.WarnWhenNothingWasRead(result, engine, console);
            var report = ParseReport.From(result, cost, parsed.GetValue(maxErrors));
            if (parsed.GetValue(json)) console.Out.WriteLine(JsonSerializer.Serialize(report, Json));
            else WriteText(report, console.Out);
            console.Out.Flush();
            return ExitCodes.Clean;
        }));
        return command;
    }

    private static void WriteText(ParseReport report, TextWriter output)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine(string.Format(c, "files              {0:N0}", report.Files));
        output.WriteLine(string.Format(c, "lines              {0:N0}", report.Lines));
        foreach (var language in report.Languages)
            output.WriteLine(string.Format(c, "  {0,-16} {1:N0} files, {2:N0} lines, {3:N0} with errors", language.Language, language.Files, language.Lines, language.FilesWithErrors));
        output.WriteLine(string.Format(c, "files with errors  {0:N0}", report.FilesWithErrors));
        foreach (var error in report.Errors)
            output.WriteLine(string.Format(c, "  {0}:{1}:{2} {3}", error.Path, error.Line, error.Column, error.Message));
        if (report.ErrorsNotShown > 0)
            output.WriteLine(string.Format(c, "  ... and {0:N0} more errors (raise --max-errors to list them)", report.ErrorsNotShown));
        output.WriteLine(string.Format(c, "seconds            {0:F2}", report.Seconds));
        output.WriteLine(string.Format(c, "  processor        {0:F2} s on {1} cores", report.Runtime.CpuSeconds, Environment.ProcessorCount));
        output.WriteLine(string.Format(c, "  JIT compiling    {0:F2} s", report.Runtime.JitSeconds));
        output.WriteLine(string.Format(c, "  GC pauses        {0:F2} s", report.Runtime.GcPauseSeconds));
        output.WriteLine(string.Format(c, "allocated          {0:N0} MiB", report.Runtime.AllocatedBytes / (1024 * 1024)));
        output.WriteLine(string.Format(c, "lines/s            {0:N0}", report.LinesPerSecond));
        output.WriteLine(string.Format(c, "peak memory        {0:N0} MiB", report.PeakWorkingSetBytes / (1024 * 1024)));
    }
}
