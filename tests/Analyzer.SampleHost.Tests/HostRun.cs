using System.Diagnostics;
using Analyzer.Core.Frontends;
using Analyzer.Core.Rules;
using Analyzer.Testing.Toy;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Analyzer.SampleHost.Tests;

/// <summary>The outcome of one run of the host: its exit code and what it wrote to stdout and stderr.</summary>
internal sealed record HostRun(int ExitCode, string Out, string Error)
{
    /// <summary>The non-empty lines written to stderr.</summary>
    public IReadOnlyList<string> ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>Runs the host's entry point in-process with the toy language beside the host's own frontends and the
    /// toy rule instead of the host's rules, stdout and stderr captured (so they count as redirected).</summary>
    public static HostRun InProcess(params string[] args) => InProcess(_ => { }, args);

    /// <summary>As <see cref="InProcess(string[])"/>, with <paramref name="configure"/> run after the toy registrations.</summary>
    public static HostRun InProcess(Action<IServiceCollection> configure, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = AnalyzerHost.Run(args, HostConsole.Redirected(output, error), services =>
        {
            // The host's own rules are tested elsewhere; here only the toy rule decides the exit code.
            services.RemoveAll<AnalysisRule>();
            services.AddSingleton<ILanguageFrontend, ToyFrontend>();
            services.AddSingleton<AnalysisRule, ToyCheckThenActRule>();
            services.AddLogging(logging => logging.ClearProviders());
            configure(services);
        });
        return new HostRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the host exactly as composed for users (its frontends and rules), stdout and stderr captured.</summary>
    public static HostRun AsShipped(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = AnalyzerHost.Run(args, HostConsole.Redirected(output, error), services => services.AddLogging(logging => logging.ClearProviders()));
        return new HostRun(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built host as its own process, as a user or CI would, with stdout and stderr redirected, the
    /// variables of <paramref name="environment"/> set, and only the frontends and rules the host registers itself.</summary>
    public static HostRun Executable(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var host = Path.Combine(TestContext.CurrentContext.TestDirectory, "toctou.dll");
        Assert.That(host, Does.Exist, "the host is copied next to the tests by the project reference");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(host);
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        Assert.That(process.WaitForExit(TimeSpan.FromMinutes(3)), Is.True, "the host finished within three minutes");
        return new HostRun(process.ExitCode, output, error.Result);
    }

    /// <inheritdoc />
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}
