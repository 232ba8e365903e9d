namespace Analyzer.Frontends.Python.Lowering;

/// <summary>The dotted module name a file's path implies: <c>django/db/models/base.py</c> is
/// <c>django.db.models.base</c>, a package's <c>__init__.py</c> is the package itself.</summary>
internal static class ModuleNames
{
    /// <summary>The dotted name: the trailing path segments that are Python identifiers; null when there is none.</summary>
    public static string? Of(string path)
    {
        if (string.IsNullOrEmpty(path)) return null;
        var rooted = Path.IsPathRooted(path);
        var segments = path.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries).ToList();
        if (segments.Count == 0) return null;
        var file = segments[^1];
        var dot = file.LastIndexOf('.');
        segments[^1] = dot > 0 ? file[..dot] : file;
        if (segments[^1] == "__init__") segments.RemoveAt(segments.Count - 1);
        // An absolute path says nothing about where the package root is: only the file's own name is certain.
        if (rooted && segments.Count > 1) segments = [segments[^1]];
        var names = new List<string>();
        for (var i = segments.Count - 1; i >= 0 && IsIdentifier(segments[i]); i--) names.Insert(0, segments[i]);
        return names.Count == 0 ? null : string.Join('.', names);
    }

    private static bool IsIdentifier(string segment) =>
        segment.Length > 0 && (char.IsLetter(segment[0]) || segment[0] == '_')
        && segment.All(c => char.IsLetterOrDigit(c) || c == '_');
}
