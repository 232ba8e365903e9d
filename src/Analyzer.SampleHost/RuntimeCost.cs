using System.Diagnostics;
using System.Runtime;

namespace Analyzer.SampleHost;

/// <summary>What the runtime spent between two points of this process: processor time on all threads, JIT
/// compiling, garbage-collection pauses and bytes allocated (where a parse's time goes besides the parsing).</summary>
/// <param name="CpuSeconds">Processor time of every thread.</param>
/// <param name="JitSeconds">Time spent compiling methods (nothing for code precompiled ReadyToRun until it tiers up).</param>
/// <param name="GcPauseSeconds">Time the garbage collector held the program's threads.</param>
/// <param name="AllocatedBytes">Bytes allocated on the managed heap.</param>
internal sealed record RuntimeCost(double CpuSeconds, double JitSeconds, double GcPauseSeconds, long AllocatedBytes)
{
    /// <summary>The process's totals so far.</summary>
    public static RuntimeCost Now()
    {
        using var process = Process.GetCurrentProcess();
        return new RuntimeCost(
            process.TotalProcessorTime.TotalSeconds,
            JitInfo.GetCompilationTime().TotalSeconds,
            GC.GetTotalPauseDuration().TotalSeconds,
            GC.GetTotalAllocatedBytes());
    }

    /// <summary>What was spent since <paramref name="start"/>.</summary>
    public RuntimeCost Since(RuntimeCost start) => new(
        Math.Round(CpuSeconds - start.CpuSeconds, 3),
        Math.Round(JitSeconds - start.JitSeconds, 3),
        Math.Round(GcPauseSeconds - start.GcPauseSeconds, 3),
        AllocatedBytes - start.AllocatedBytes);
}
