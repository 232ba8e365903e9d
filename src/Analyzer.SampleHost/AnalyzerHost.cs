using System.CommandLine;
using Analyzer.Core.Frontends;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Analyzer.SampleHost;

/// <summary>The host's entry point: parses the command line, composes the services and runs one command.</summary>
public static class AnalyzerHost
{
    /// <summary>The name the host goes by in messages and help.</summary>
    public const string Name = "toctou";

    /// <summary>Runs the command line <paramref name="args"/> and returns the process's exit code (see <see cref="ExitCodes"/>).</summary>
    /// <param name="args">The command line, without the program name.</param>
    /// <param name="console">Where the report, progress and messages go.</param>
    /// <param name="configureServices">Extra registrations after the host's own (tests add a frontend or a rule here).</param>
    public static int Run(string[] args, HostConsole console, Action<IServiceCollection>? configureServices = null)
    {
        var logLevel = new LogLevelSwitch();
        using var services = HostServices.Build(logLevel, configureServices);

        var verbose = new Option<bool>("--verbose", "-v")
        {
            Description = "Log what the engine does (Information level) to stderr.",
            Recursive = true,
        };
        var languages = services.GetServices<ILanguageFrontend>().SelectMany(f => f.FileExtensions);
        var root = new RootCommand($"Finds time-of-check to time-of-use (TOCTOU) races in source trees ({string.Join(", ", languages)} files).")
        {
            verbose,
            ScanCommand.Create(services, console),
            FixCommand.Create(services, console),
            ParseCommand.Create(services, console),
            LocalizeCommand.Create(services, console),
        };

        // No response files: '@name' is an ordinary path, not a file of more arguments.
        var parsed = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (parsed.Errors.Count > 0)
        {
            // The most specific message first: an unknown word explains "required command was not provided".
            var messages = parsed.Errors.Select(e => OneLine(e.Message).TrimEnd('.')).Distinct().Reverse();
            console.Error.WriteLine($"{Name}: {string.Join("; ", messages)}. Run '{Name} --help' for usage.");
            return ExitCodes.UsageOrIoError;
        }
        if (parsed.GetValue(verbose)) logLevel.Minimum = LogLevel.Information;

        var exitCode = parsed.Invoke(new InvocationConfiguration
        {
            Output = console.Out,
            Error = console.Error,
            EnableDefaultExceptionHandler = false,
        });
        console.Out.Flush();
        return exitCode;
    }

    private static string OneLine(string message) =>
        string.Join(' ', message.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Runs a command's body: a <see cref="UserError"/> or an I/O failure becomes a one-line message and
    /// exit code 2; anything else is a bug, reported on one line (with the stack trace under --verbose).</summary>
    internal static int Guard(HostConsole console, IServiceProvider services, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (UserError e)
        {
            console.Error.WriteLine($"{Name}: {e.Message}");
            return ExitCodes.UsageOrIoError;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"{Name}: {e.Message} Check the path and its permissions, then run the command again.");
            return ExitCodes.UsageOrIoError;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var verbose = services.GetRequiredService<LogLevelSwitch>().Minimum <= LogLevel.Information;
            console.Error.WriteLine($"{Name}: internal error ({e.GetType().Name}: {e.Message}); please report it{(verbose ? string.Empty : ", with the output of the same command run with --verbose")}.");
            if (verbose) console.Error.WriteLine(e);
            return ExitCodes.InternalError;
        }
    }
}
