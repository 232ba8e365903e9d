using System.Globalization;

namespace Analyzer.Benchmarks;

/// <summary>
/// Measures re-scans with the cache against a cold scan of the same tree: a copy of the tree's Go and Python files (so
/// the corpus itself is never changed) is scanned with an empty cache (cold), again unchanged (warm), and again after
/// one file changed, twice: a comment line appended to the first file of the folder with the most source bytes (the
/// costliest package to analyse again), then to the first file of the folder of median size. Each round uses a new
/// cache folder; each kind reports its median.
/// </summary>
internal static class RescanBenchmark
{
    public static int Run(TextWriter output, string host, string name, string directory, int runs)
    {
        var work = Directory.CreateTempSubdirectory("toctou-rescan-");
        try
        {
            var tree = Path.Combine(work.FullName, "tree");
            var files = CopySources(directory, tree);
            var (largest, median) = FilesToTouch(files);
            var touched = new Dictionary<string, string> { ["touched, largest folder"] = largest, ["touched, median folder"] = median };
            var sarif = Path.Combine(work.FullName, "scan.sarif");
            var times = new[] { "cold", "warm" }.Concat(touched.Keys).ToDictionary(k => k, _ => new List<PeerBenchmark.RunTime>());
            for (var run = 1; run <= runs; run++)
            {
                var cache = Path.Combine(work.FullName, $"cache-{run}");
                foreach (var kind in times.Keys)
                {
                    if (touched.TryGetValue(kind, out var file)) File.AppendAllText(file, $"\n// touched by the rescan benchmark, run {run}\n");
                    var time = PeerBenchmark.Time("dotnet", [host, "scan", tree, "--format", "sarif", "--output", sarif, "--cache", cache, "--no-default-excludes"], Path.Combine(work.FullName, "time.txt"));
                    if (time is null) return PeerBenchmark.Failed(output, $"toctou scan ({kind})", "dotnet");
                    times[kind].Add(time);
                    output.WriteLine(string.Format(CultureInfo.InvariantCulture, "rescan {0}, {1}, run {2}: {3:F2} s, processor {4:F2} s", name, kind, run, time.Wall, time.Processor));
                }
            }
            var c = CultureInfo.InvariantCulture;
            var medians = times.ToDictionary(t => t.Key, t => t.Value.OrderBy(r => r.Wall).ElementAt(t.Value.Count / 2));
            output.WriteLine();
            output.WriteLine(string.Format(c, "{0}: re-scans with the cache, {1:N0} files, median of {2} rounds (touched: {3})", name, files.Count, runs,
                string.Join(" and ", touched.Values.Select(f => Path.GetRelativePath(tree, f)))));
            foreach (var (kind, time) in medians)
                output.WriteLine(string.Format(c, "  toctou scan, {0,-24} {1,8:F2} s {2,8:F2} s processor {3,6:F1} % of cold", kind, time.Wall, time.Processor, 100 * time.Wall / medians["cold"].Wall));
            output.WriteLine();
            return 0;
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static List<string> CopySources(string directory, string tree)
    {
        var copied = new List<string>();
        foreach (var list in PeerBenchmark.ListFiles(directory, Path.GetDirectoryName(tree)!).Values)
            foreach (var file in File.ReadLines(list))
            {
                var target = Path.Combine(tree, Path.GetRelativePath(directory, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
                copied.Add(target);
            }
        return copied;
    }

    private static (string Largest, string Median) FilesToTouch(List<string> files)
    {
        var folders = files.GroupBy(f => Path.GetDirectoryName(f)!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Sum(f => new FileInfo(f).Length)).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Order(StringComparer.Ordinal).First()).ToList();
        return (folders[0], folders[folders.Count / 2]);
    }
}
