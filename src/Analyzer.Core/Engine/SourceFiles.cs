using Analyzer.Core.Frontends;
using Analyzer.Core.Text;

namespace Analyzer.Core.Engine;

/// <summary>
/// Finds the files a scan reads: every file under the given paths that some frontend reads by extension and the
/// request's <see cref="FileSelection"/> selects, each once. Symbolic links inside a walked folder are not followed (a
/// link may lead out of the tree, or round in a loop); a link that would have been read is noted. A folder that cannot
/// be read is reported and the walk goes on.
/// </summary>
internal static class SourceFiles
{
    public static (List<SourceFile> Files, List<ParseDiagnostic> Diagnostics) Collect(IReadOnlyList<string> paths, IReadOnlyList<ILanguageFrontend> frontends, FileSelection selection)
    {
        var byExtension = frontends.SelectMany(f => f.FileExtensions.Select(e => (Extension: e, Frontend: f)))
            .GroupBy(p => p.Extension, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First().Frontend, StringComparer.OrdinalIgnoreCase);
        var files = new List<SourceFile>();
        var diagnostics = new List<ParseDiagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var full = Path.GetFullPath(path);
            if (File.Exists(full))
            {
                if (byExtension.TryGetValue(Path.GetExtension(full), out var frontend) && selection.Selects(Path.GetFileName(full)) && seen.Add(full))
                    files.Add(new SourceFile(full, Path.GetFileName(full), frontend));
                continue;
            }
            if (!Directory.Exists(full))
                throw new FileNotFoundException($"'{path}' does not exist; give a file or a directory to scan", path);
            Walk(full, byExtension, selection, seen, files, diagnostics);
        }
        files.Sort((a, b) => string.CompareOrdinal(a.FullPath, b.FullPath));
        return (files, diagnostics);
    }

    private static void Walk(string root, Dictionary<string, ILanguageFrontend> byExtension, FileSelection selection, HashSet<string> seen,
        List<SourceFile> files, List<ParseDiagnostic> diagnostics)
    {
        var options = new EnumerationOptions { IgnoreInaccessible = false, AttributesToSkip = 0 };
        var pending = new Stack<DirectoryInfo>([new DirectoryInfo(root)]);
        while (pending.TryPop(out var folder))
        {
            List<FileSystemInfo> entries;
            try
            {
                entries = folder.EnumerateFileSystemInfos("*", options).ToList();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(new ParseDiagnostic(SourceSpan.FileStart(Reported(root, folder.FullName)), DiagnosticSeverity.Warning,
                    $"cannot read this folder ({e.Message}); its files were not scanned — check its permissions"));
                continue;
            }
            foreach (var entry in entries)
            {
                var readable = byExtension.TryGetValue(entry.Extension, out var frontend);
                if (entry.LinkTarget is { } target)
                {
                    if (readable || entry is DirectoryInfo)
                        diagnostics.Add(new ParseDiagnostic(SourceSpan.FileStart(Reported(root, entry.FullName)), DiagnosticSeverity.Info,
                            $"skipped: a symbolic link (to {target}); links inside a scanned folder are not followed — scan the target itself to include it"));
                }
                else if (entry is DirectoryInfo directory)
                {
                    if (selection.FolderExclusion(directory.Name) is { } reason)
                        selection.Skip(reason, CountReadable(directory, byExtension));
                    else
                        pending.Push(directory);
                }
                else if (readable && Reported(root, entry.FullName) is var reported && selection.Selects(reported) && seen.Add(entry.FullName))
                {
                    files.Add(new SourceFile(entry.FullName, reported, frontend!));
                }
            }
        }
    }

    // The files a walk would have read in an excluded folder, so a report can say what the exclusion left out.
    private static int CountReadable(DirectoryInfo folder, Dictionary<string, ILanguageFrontend> byExtension)
    {
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true };
        return folder.EnumerateFiles("*", options).Count(f => byExtension.ContainsKey(f.Extension));
    }

    /// <summary>A path relative to the scanned folder, with '/' between folders. Only the platform's separator is a
    /// separator: a backslash in a Linux file name is part of the name.</summary>
    private static string Reported(string root, string path) =>
        Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/');
}
