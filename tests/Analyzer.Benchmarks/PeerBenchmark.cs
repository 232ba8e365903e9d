using System.Diagnostics;
using System.Globalization;

namespace Analyzer.Benchmarks;

/// <summary>
/// Measures our parse and scan against the yardsticks over the same files, interleaved (ours, then each peer, then
/// ours again …) so a slow minute of the machine hits every tool alike. Every figure is a whole process's wall time,
/// start-up included, and each tool's median over the runs counts; its processor time (user and system, from
/// <c>/usr/bin/time</c>) says how busy it kept the cores.
/// </summary>
internal static class PeerBenchmark
{
    public static int Run(TextWriter output, PeerTools tools, string name, string directory, int runs)
    {
        var work = Directory.CreateTempSubdirectory("toctou-bench-");
        try
        {
            var lists = ListFiles(directory, work.FullName);
            var commands = tools.Commands(directory, Path.Combine(work.FullName, "scan.sarif"), lists).ToList();
            var times = commands.ToDictionary(c => c.Label, _ => new List<RunTime>());
            for (var run = 1; run <= runs; run++)
                foreach (var (label, fileName, arguments) in commands)
                {
                    var time = Time(fileName, arguments, Path.Combine(work.FullName, "time.txt"));
                    if (time is null) return Failed(output, label, fileName);
                    times[label].Add(time);
                    output.WriteLine(string.Format(CultureInfo.InvariantCulture, "{0}, run {1}: {2:F2} s, processor {3:F2} s", label, run, time.Wall, time.Processor));
                }
            Write(output, name, lists, times, runs);
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    /// <summary>The tree's Go and Python files, one list file per language: the files our scan reads, which follows no
    /// symbolic link (Kubernetes links its staging repositories into vendor/).</summary>
    internal static Dictionary<string, string> ListFiles(string directory, string work)
    {
        var lists = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var extension in new[] { ".go", ".py" })
        {
            var walk = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint };
            var files = Directory.EnumerateFiles(directory, "*" + extension, walk).Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0) continue;
            var list = Path.Combine(work, extension[1..] + ".list");
            File.WriteAllLines(list, files);
            lists[extension] = list;
        }
        return lists;
    }

    /// <summary>One run's wall seconds and processor seconds (user and system, over every thread).</summary>
    internal sealed record RunTime(double Wall, double Processor);

    /// <summary>Runs a command under <c>/usr/bin/time</c>; null when it did not run or exited with an error.</summary>
    internal static RunTime? Time(string fileName, string[] arguments, string timeFile)
    {
        var start = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in (string[])["-f", "%U %S", "-o", timeFile, fileName, .. arguments]) start.ArgumentList.Add(argument);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var drainOut = process.StandardOutput.ReadToEndAsync();
        var drainError = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        clock.Stop();
        Task.WaitAll(drainOut, drainError);
        // The scan exits 1 when it reports a finding at error level; anything else is a tool that did not run.
        if (process.ExitCode is not (0 or 1)) return null;
        // time writes "Command exited with non-zero status 1" above its figures when the command exits 1.
        var processor = File.ReadLines(timeFile).Last().Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Sum(t => double.Parse(t, CultureInfo.InvariantCulture));
        return new RunTime(clock.Elapsed.TotalSeconds, processor);
    }

    internal static int Failed(TextWriter output, string label, string fileName)
    {
        output.WriteLine($"{label} failed: '{fileName}' did not run or exited with an error; install the yardsticks (dotnet cake --target=Bench does) and try again.");
        return 1;
    }

    private static void Write(TextWriter output, string name, IReadOnlyDictionary<string, string> lists, Dictionary<string, List<RunTime>> times, int runs)
    {
        var c = CultureInfo.InvariantCulture;
        var medianRuns = times.ToDictionary(t => t.Key, t => t.Value.OrderBy(r => r.Wall).ElementAt(t.Value.Count / 2));
        var medians = medianRuns.ToDictionary(m => m.Key, m => m.Value.Wall);
        output.WriteLine();
        output.WriteLine(string.Format(c, "{0}: {1}; median of {2} interleaved runs, whole processes: wall seconds, processor seconds, cores busy", name,
            string.Join(", ", lists.Select(l => $"{File.ReadLines(l.Value).Count():N0} {l.Key} files")), runs));
        foreach (var (label, run) in medianRuns)
            output.WriteLine(string.Format(c, "  {0,-42} {1,8:F2} s {2,8:F2} s {3,6:F2}", label, run.Wall, run.Processor, run.Processor / run.Wall));
        // Ratios against tree-sitter over every language of the tree, and against a language's own parser when the
        // tree holds that language alone.
        var treeSitter = medians.Where(m => m.Key.StartsWith("tree-sitter", StringComparison.Ordinal)).Sum(m => m.Value);
        var peers = medians.Where(m => lists.Count == 1 && !m.Key.StartsWith("ours", StringComparison.Ordinal) && !m.Key.StartsWith("tree-sitter", StringComparison.Ordinal))
            .Append(new KeyValuePair<string, double>("tree-sitter (every language)", treeSitter));
        foreach (var (label, mine) in medians.Where(m => m.Key.StartsWith("ours", StringComparison.Ordinal)))
            foreach (var (peer, theirs) in peers)
                output.WriteLine(string.Format(c, "  {0} / {1}: {2:F2}x", label["ours: ".Length..], peer, mine / theirs));
        output.WriteLine();
    }
}
