using Analyzer.Core.Frontends;

namespace Analyzer.Core.Engine;

/// <summary>Finds the files a scan reads: every file under the given paths that some frontend reads by extension.</summary>
internal static class SourceFiles
{
    public static List<SourceFile> Collect(IReadOnlyList<string> paths, IReadOnlyList<ILanguageFrontend> frontends)
    {
        var byExtension = frontends.SelectMany(f => f.FileExtensions.Select(e => (Extension: e, Frontend: f)))
            .GroupBy(p => p.Extension, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Frontend, StringComparer.OrdinalIgnoreCase);
        var result = new List<SourceFile>();
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                if (byExtension.TryGetValue(Path.GetExtension(full), out var frontend))
                    result.Add(new SourceFile(full, Path.GetFileName(full), frontend));
                continue;
            }
            if (!Directory.Exists(full))
                throw new FileNotFoundException($"'{path}' does not exist; give a file or a directory to scan", path);
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
            foreach (var file in Directory.EnumerateFiles(full, "*", options))
            {
                if (byExtension.TryGetValue(Path.GetExtension(file), out var frontend))
                    result.Add(new SourceFile(file, Path.GetRelativePath(full, file).Replace('\\', '/'), frontend));
            }
        }
        result.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return result;
    }
}
