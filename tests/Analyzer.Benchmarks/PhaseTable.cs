using System.Globalization;

namespace Analyzer.Benchmarks;

/// <summary>Prints one language's phases as a table: seconds, share of the total and allocated MiB.</summary>
internal static class PhaseTable
{
    public static void Write(TextWriter output, string tree, PhaseSplit split)
    {
        var c = CultureInfo.InvariantCulture;
        var total = split.Phases.Sum(p => p.Cost.Elapsed.TotalSeconds);
        output.WriteLine(string.Format(c, "{0} ({1}): {2:N0} files, {3:N0} lines, {4:N0} tokens, {5:N0} not parsed; one thread, fastest pass after a warm-up",
            tree, split.Language, split.Files, split.Lines, split.Tokens, split.Unparsed));
        output.WriteLine("  phase     seconds   share   allocated MiB");
        foreach (var (phase, cost) in split.Phases)
            Row(output, phase, cost.Elapsed.TotalSeconds, total > 0 ? cost.Elapsed.TotalSeconds / total : 0, cost.AllocatedBytes);
        Row(output, "total", total, 1.0, split.Phases.Sum(p => p.Cost.AllocatedBytes));
        output.WriteLine();
    }

    private static void Row(TextWriter output, string phase, double seconds, double share, long allocatedBytes) =>
        output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0,-8} {1,8:F2} {2,7:P0} {3,15:N0}", phase, seconds, share, allocatedBytes / (1024 * 1024)));
}
