using Analyzer.Core.DependencyInjection;
using Analyzer.Core.Engine;
using Analyzer.Frontends.Go.DependencyInjection;
using Analyzer.Frontends.Java.DependencyInjection;
using Analyzer.Frontends.Python.DependencyInjection;
using Analyzer.Rules.Toctou.DependencyInjection;
using Analyzer.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.Fuzzing;

/// <summary>
/// Scans one fuzz input as a source file of one language, through the engine's own Scan: the bytes are written to a
/// scratch file, which the scan reads and decodes as it reads any file, then lexes, parses, lowers and analyzes with
/// every TOCTOU rule, on a thread with the smallest stack a scan gets (<see cref="SmallStackScan"/>). What the scan turns into diagnostics is not a crash; an exception that escapes it, a broken
/// <see cref="ScanInvariants"/> or a stack overflow is.
/// </summary>
internal sealed class ScanOfOneInput
{
    private readonly AnalyzerEngine _engine;
    private readonly string _file;

    private ScanOfOneInput(AnalyzerEngine engine, string file)
    {
        _engine = engine;
        _file = file;
    }

    /// <summary>The languages an input can be scanned as.</summary>
    public static IReadOnlyList<string> Languages { get; } = ["go", "python", "java"];

    /// <summary>A scan of <paramref name="language"/> whose inputs go to a file in <paramref name="scratchFolder"/>.</summary>
    public static ScanOfOneInput Create(string language, string scratchFolder)
    {
        var services = new ServiceCollection().AddAnalyzer().AddToctouRules();
        _ = language switch
        {
            "go" => services.AddGoFrontend(),
            "python" => services.AddPythonFrontend(),
            "java" => services.AddJavaFrontend(),
            _ => throw new ArgumentException($"unknown language '{language}'; give one of {string.Join(", ", Languages)}", nameof(language)),
        };
        using var provider = services.BuildServiceProvider();
        var engine = provider.GetRequiredService<AnalyzerEngine>();
        Directory.CreateDirectory(scratchFolder);
        // One harness process scans one input at a time, so one file per language is enough.
        return new ScanOfOneInput(engine, Path.Combine(scratchFolder, "input" + engine.Frontends.Single().FileExtensions[0]));
    }

    /// <summary>Scans what <paramref name="input"/> holds; throws when the scan breaks.</summary>
    public void Run(Stream input)
    {
        using (var file = File.Create(_file)) input.CopyTo(file);
        var result = SmallStackScan.Run(_engine, new ScanRequest([_file], MaxParallelism: 1));
        var violations = ScanInvariants.Violations(result, _file);
        if (violations.Count > 0) throw new InvalidOperationException(string.Join(Environment.NewLine, violations));
    }
}
