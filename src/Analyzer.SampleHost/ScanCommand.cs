using System.CommandLine;
using System.Globalization;
using System.Text;
using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Emitters;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.SampleHost;

/// <summary><c>scan &lt;paths...&gt; [--format F] [--output FILE]</c>: runs every registered rule and writes a report.</summary>
internal static class ScanCommand
{
    public static Command Create(IServiceProvider services, HostConsole console)
    {
        var emitters = services.GetServices<IReportEmitter>()
            .GroupBy(e => e.Format, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.OrdinalIgnoreCase);
        var formats = emitters.Keys.Order(StringComparer.Ordinal).ToArray();

        var paths = new Argument<string[]>("paths")
        {
            Description = "Files and directories to scan; directories are walked for every language a frontend reads.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = new Option<string>("--format", "-f")
        {
            Description = formats.Length == 0 ? "The report's format (no report emitter is registered)." : $"The report's format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats.Contains("markdown", StringComparer.OrdinalIgnoreCase) || formats.Length == 0 ? "markdown" : formats[0],
        };
        format.CompletionSources.Add(formats);
        format.Validators.Add(result =>
        {
            var name = result.GetValueOrDefault<string>();
            if (formats.Length > 0 && !emitters.ContainsKey(name))
                result.AddError($"unknown format '{name}'; choose one of: {string.Join(", ", formats)}.");
        });
        var output = new Option<string?>("--output", "-o")
        {
            Description = "Write the report to this file instead of stdout; the file is replaced whole, never left half written, and may not be a file the scan reads.",
            HelpName = "FILE",
        };

        var requestOptions = new ScanRequestOptions(withCache: true);
        var failOn = new FailOnOption();
        var baseline = new BaselineOption();

        var command = new Command("scan", "Scan source trees for TOCTOU races and write a report. Exit code 1 when a finding is at error level (see --fail-on).")
        {
            paths, format, output,
        };
        foreach (var option in requestOptions.All.Append(failOn.Option).Append(baseline.Option)) command.Options.Add(option);
        command.SetAction(parsed => AnalyzerHost.Guard(console, services, () =>
        {
            var inputs = InputPaths.RequireExisting(parsed.GetValue(paths));
            var formatName = parsed.GetValue(format)!;
            if (!emitters.TryGetValue(formatName, out var emitter))
                throw new UserError(formats.Length == 0
                    ? "no report emitter is registered in this host; register one with services.AddReportEmitters()."
                    : $"unknown format '{formatName}'; choose one of: {string.Join(", ", formats)}.");
            var engine = services.GetRequiredService<AnalyzerEngine>();
            var report = parsed.GetValue(output) is { } outputPath ? ReportFile.Check(outputPath, inputs, engine, createFolder: false) : null;

            var earlier = baseline.Read(parsed, required: failOn.OnNewOnly(parsed));
            var request = requestOptions.Request(parsed, inputs, runRules: true);
            var result = BaselineOption.Compare(earlier, ScanRunner.Run(engine, request, console, "Scanning"));
            WarnWhenNothingWasRead(result, engine, console);

            if (report is null)
            {
                emitter.Emit(result, console.Out);
                console.Out.Flush();
            }
            else
            {
                report.Write(file => emitter.Emit(result, file));
            }

            console.Error.WriteLine(Summary(result, report?.GivenPath));
            return failOn.ExitCode(parsed, result);
        }));
        return command;
    }

    internal static void WarnWhenNothingWasRead(ScanResult result, AnalyzerEngine engine, HostConsole console)
    {
        if (result.Files.Count > 0) return;
        var extensions = engine.Frontends.SelectMany(f => f.FileExtensions).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        console.Error.WriteLine(extensions.Count == 0
            ? $"{AnalyzerHost.Name}: warning: no language frontend is registered, so no file was read."
            : $"{AnalyzerHost.Name}: warning: no file with a known extension ({string.Join(", ", extensions)}) under the given paths.");
    }

    private static string Summary(ScanResult result, string? outputPath)
    {
        var c = CultureInfo.InvariantCulture;
        var listed = result.Unsuppressed.ToList();
        var byLevel = listed.GroupBy(f => f.Level).ToDictionary(g => g.Key, g => g.Count());
        var withErrors = result.Files.Count(f => f.HasErrors);
        var text = new StringBuilder();
        text.Append(c, $"{AnalyzerHost.Name}: scanned {result.Files.Count:N0} files ({result.Lines:N0} lines) in {result.Elapsed.TotalSeconds:F1} s: ");
        text.Append(c, $"{listed.Count:N0} findings ({byLevel.GetValueOrDefault(FindingLevel.Error)} error, {byLevel.GetValueOrDefault(FindingLevel.Warning)} warning, {byLevel.GetValueOrDefault(FindingLevel.Note)} note)");
        if (result.Absent is { } absent)
            text.Append(c, $"; against the baseline {result.CountAgainstBaseline(BaselineState.New):N0} new, {result.CountAgainstBaseline(BaselineState.Updated):N0} updated, {result.CountAgainstBaseline(BaselineState.Unchanged):N0} unchanged, {absent.Count:N0} absent");
        if (listed.Count < result.Findings.Count) text.Append(c, $"; {result.Findings.Count - listed.Count:N0} more accepted by toctou:ignore comments");
        if (withErrors > 0) text.Append(c, $"; {withErrors:N0} files had syntax errors");
        if (result.Excluded.Count > 0) text.Append(c, $"; {result.Excluded.Sum(e => e.Files):N0} files left out ({string.Join(", ", result.Excluded.Select(e => $"{e.Reason}: {e.Files:N0}"))})");
        if (result.PackagesReused > 0) text.Append(c, $"; {result.PackagesReused:N0} folders unchanged since a cached scan were not analysed again");
        if (outputPath is not null) text.Append(c, $"; report written to {outputPath}");
        return text.Append('.').ToString();
    }
}
