using System.Runtime.ExceptionServices;
using Analyzer.Core.Engine;

namespace Analyzer.Testing;

/// <summary>
/// Scans on a thread with the smallest stack a scan gets by default. A scan analyzes packages on thread-pool threads,
/// whose stack is 1.5 MiB on Windows and macOS and the stack ulimit (often 8 MiB) on Linux; on the smallest, input
/// nested deep enough to overflow any user's scan overflows here too.
/// </summary>
public static class SmallStackScan
{
    /// <summary>The stack of the scanning thread: 1.5 MiB.</summary>
    public const int StackBytes = 1536 * 1024;

    /// <summary>Runs <paramref name="engine"/>'s scan of <paramref name="request"/>; an exception it throws is rethrown here.</summary>
    public static ScanResult Run(AnalyzerEngine engine, ScanRequest request)
    {
        ScanResult? result = null;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = engine.Scan(request);
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, StackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result!;
    }
}
