using System.Diagnostics;
using System.Text;

namespace Analyzer.Packaging.Tests;

/// <summary>Runs the dotnet CLI as a child process and captures its output.</summary>
internal static class DotNetCli
{
    public sealed record Result(int ExitCode, string Out, string Error)
    {
        public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
    }

    public static Result Run(string workingDirectory, TimeSpan timeout, params string[] args) =>
        Run(workingDirectory, timeout, new Dictionary<string, string>(), args);

    public static Result Run(string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunProgram("dotnet", workingDirectory, timeout, environment, args);

    /// <summary>Runs an installed .NET tool's command; it finds the runtime this test runs on through DOTNET_ROOT.</summary>
    public static Result RunTool(string command, string workingDirectory, TimeSpan timeout, params string[] args)
    {
        // typeof(object) lives in <root>/shared/Microsoft.NETCore.App/<version>/.
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(typeof(object).Assembly.Location)!, "..", "..", ".."));
        return RunProgram(command, workingDirectory, timeout, new Dictionary<string, string> { ["DOTNET_ROOT"] = root }, args);
    }

    private static Result RunProgram(string fileName, string workingDirectory, TimeSpan timeout, IReadOnlyDictionary<string, string> environment, string[] args)
    {
        var start = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        // The test host inherits MSBuild's variables from 'dotnet test'; a nested build must not pick them up.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var output = new StringBuilder();
        var error = new StringBuilder();
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (error) error.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"'{fileName} {string.Join(' ', args)}' did not finish within {timeout.TotalMinutes} minutes\n{output}\n{error}");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, output.ToString(), error.ToString());
    }
}
