using System.CommandLine;
using System.Diagnostics;
using Analyzer.Core.Engine;
using Analyzer.SampleHost.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.SampleHost;

/// <summary>
/// <c>localize --kubernetes DIR --django DIR [--output FILE] [--scenario FILE]</c>: scans both repositories with every
/// rule, ranks the findings against the scenario (a trace and symptoms) and writes the bug-localization report.
/// </summary>
internal static class LocalizeCommand
{
    public const string DefaultKubernetes = "/10figure/src/kubernetes";
    public const string DefaultDjango = "/10figure/src/django";
    public const string DefaultOutput = "/logs/agent/solution.md";

    public static Command Create(IServiceProvider services, HostConsole console)
    {
        var kubernetes = new Option<string>("--kubernetes")
        {
            Description = "The Kubernetes checkout (kubernetes v1.20.2, with staging/ and vendor/).",
            HelpName = "DIR",
            DefaultValueFactory = _ => DefaultKubernetes,
        };
        var django = new Option<string>("--django")
        {
            Description = "The Django checkout (django 3.2.25).",
            HelpName = "DIR",
            DefaultValueFactory = _ => DefaultDjango,
        };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Where to write the report (its folder is created).",
            HelpName = "FILE",
            DefaultValueFactory = _ => DefaultOutput,
        };
        var scenario = new Option<string?>("--scenario")
        {
            Description = $"A text file (UTF-8, at most {ScenarioFile.MaxMebibytes} MiB, not empty) with the trace and symptoms to rank findings against; any plain text will do: " +
                          "file.go:function frames and words both count (default: the bundled DeltaFIFO / database-cache scenario).",
            HelpName = "FILE",
        };
        var cache = new CacheOptions();
        var command = new Command("localize", "Scan the Kubernetes and Django repositories and write the bug-localization report.")
        {
            kubernetes, django, output, scenario,
        };
        foreach (var option in cache.All) command.Options.Add(option);
        command.SetAction(parsed => AnalyzerHost.Guard(console, services, () =>
        {
            var repositories = new[]
            {
                (Name: "Kubernetes", Root: parsed.GetValue(kubernetes)!, Option: "--kubernetes", Extension: ".go"),
                (Name: "Django", Root: parsed.GetValue(django)!, Option: "--django", Extension: ".py"),
            };
            foreach (var (name, root, option, extension) in repositories) RequireRepository(name, root, option, extension);
            var scenarioPath = parsed.GetValue(scenario);
            var story = scenarioPath is null ? Scenario.Default() : Scenario.FromFile(scenarioPath);
            var engine = services.GetRequiredService<AnalyzerEngine>();
            var inputs = repositories.Select(r => r.Root).Concat(scenarioPath is null ? [] : [scenarioPath]);
            var report = ReportFile.Check(parsed.GetValue(output)!, inputs, engine, createFolder: true);

            var clock = Stopwatch.StartNew();
            var scans = repositories.Select(r => new RepositoryScan(r.Name, r.Root,
                ScanRunner.Run(engine, new ScanRequest([r.Root], CacheFolder: cache.Folder(parsed)), console, $"Scanning {r.Name}"))).ToList();
            foreach (var scan in scans)
                console.Error.WriteLine($"{AnalyzerHost.Name}: {scan.Name}: {scan.Result.Files.Count} files, {scan.Result.Lines} lines, {scan.Result.Findings.Count} findings, {scan.Result.Files.Count(f => f.HasErrors)} files with syntax errors, {scan.Result.Elapsed.TotalSeconds:F1} s");

            var text = LocalizationReport.Write(scans, story);
            report.Write(file => file.Write(text));
            console.Error.WriteLine($"{AnalyzerHost.Name}: localize: {scans.Sum(s => s.Result.Files.Count)} files, {scans.Sum(s => s.Result.Findings.Count)} findings, {clock.Elapsed.TotalSeconds:F1} s; report written to {report.GivenPath}");
            return ExitCodes.Clean;
        }));
        return command;
    }

    private static void RequireRepository(string name, string root, string option, string extension)
    {
        if (!Directory.Exists(root))
            throw new UserError($"the {name} repository folder '{root}' does not exist; pass {option} DIR with a checkout of {name} (its {extension} sources).");
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true };
            if (!Directory.EnumerateFiles(root, "*" + extension, options).Any())
                throw new UserError($"the {name} repository folder '{root}' has no {extension} file; pass {option} DIR with a checkout of {name}.");
        }
        catch (UnauthorizedAccessException)
        {
            throw new UserError($"the {name} repository folder '{root}' cannot be read; check its permissions or pass {option} DIR.");
        }
    }
}
