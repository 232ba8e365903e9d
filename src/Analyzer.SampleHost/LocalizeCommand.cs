using System.CommandLine;

namespace Analyzer.SampleHost;

/// <summary><c>localize</c>: reserved for a later change; for now it says so and exits with code 2.</summary>
internal static class LocalizeCommand
{
    public static Command Create(HostConsole console)
    {
        var command = new Command("localize", "Not available yet.")
        {
            // Whatever follows is accepted, so every use gets the same message rather than a usage error.
            TreatUnmatchedTokensAsErrors = false,
        };
        command.SetAction(_ =>
        {
            console.Error.WriteLine($"{AnalyzerHost.Name}: localize is not available yet in this version; use '{AnalyzerHost.Name} scan <paths...>' to find the races.");
            return ExitCodes.UsageOrIoError;
        });
        return command;
    }
}
