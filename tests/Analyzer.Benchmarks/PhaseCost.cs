using System.Diagnostics;

namespace Analyzer.Benchmarks;

/// <summary>What one pass over every file cost on the calling thread: time and bytes allocated.</summary>
internal readonly record struct PhaseCost(TimeSpan Elapsed, long AllocatedBytes)
{
    /// <summary>A cost no measurement is slower than.</summary>
    public static PhaseCost Never { get; } = new(TimeSpan.MaxValue, 0);

    public static PhaseCost Measure(Action pass)
    {
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        pass();
        return new PhaseCost(clock.Elapsed, GC.GetAllocatedBytesForCurrentThread() - allocated);
    }

    public static PhaseCost Faster(PhaseCost a, PhaseCost b) => a.Elapsed <= b.Elapsed ? a : b;

    public static PhaseCost operator -(PhaseCost whole, PhaseCost part) =>
        new(whole.Elapsed - part.Elapsed, whole.AllocatedBytes - part.AllocatedBytes);
}
