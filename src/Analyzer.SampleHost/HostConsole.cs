namespace Analyzer.SampleHost;

/// <summary>Where the host writes: the report and command output to <see cref="Out"/>, progress, summaries and errors
/// to <see cref="Error"/>. Progress is drawn only when <see cref="ShowProgress"/> is true (a terminal on stderr).</summary>
/// <param name="Out">Standard output: the report, and nothing else when it is redirected.</param>
/// <param name="Error">Standard error: progress, summary lines and error messages.</param>
/// <param name="ShowProgress">True to draw a progress bar on <see cref="Error"/>.</param>
public sealed record HostConsole(TextWriter Out, TextWriter Error, bool ShowProgress)
{
    /// <summary>The process's console; progress only when stderr is a terminal and this is not a CI run.</summary>
    public static HostConsole FromSystemConsole() =>
        new(Console.Out, Console.Error, !Console.IsErrorRedirected && !IsCi());

    /// <summary>A console over two writers (tests, embedding); never draws progress.</summary>
    public static HostConsole Redirected(TextWriter output, TextWriter error) => new(output, error, false);

    private static bool IsCi() =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
}
