namespace Analyzer.SampleHost;

/// <summary>A mistake in the command line or the environment (a missing path, an unwritable output file) that the
/// user can fix. The host prints its message on one line and exits with <see cref="ExitCodes.UsageOrIoError"/>.</summary>
internal sealed class UserError(string message) : Exception(message);
