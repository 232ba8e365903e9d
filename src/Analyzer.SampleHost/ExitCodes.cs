namespace Analyzer.SampleHost;

/// <summary>The host's exit codes.</summary>
public static class ExitCodes
{
    /// <summary>The command ran and found nothing at error level (or at the level <c>--fail-on</c> gives).</summary>
    public const int Clean = 0;

    /// <summary>The scan found at least one finding at error level (or at the level <c>--fail-on</c> gives).</summary>
    public const int ErrorFindings = 1;

    /// <summary>A usage or I/O error: a bad option, a missing path, an unwritable output file, a command not available.</summary>
    public const int UsageOrIoError = 2;

    /// <summary>A bug in the analyzer; the message asks to report it.</summary>
    public const int InternalError = 3;
}
