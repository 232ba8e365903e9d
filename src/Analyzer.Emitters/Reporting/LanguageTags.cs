using Analyzer.Core.Engine;

namespace Analyzer.Emitters.Reporting;

/// <summary>
/// The language of a reported file, as the tag a Markdown code fence takes: by extension for the languages the
/// analyzer knows (.go is "go", .py is "python"), otherwise the language id of the frontend that read the file, so
/// a new frontend needs no emitter change. Empty when neither says anything.
/// </summary>
internal sealed class LanguageTags
{
    private static readonly Dictionary<string, string> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".go"] = "go",
        [".py"] = "python",
        [".pyi"] = "python",
    };

    private readonly Dictionary<string, string> _byPath = new(StringComparer.Ordinal);

    /// <summary>Knows the languages of <paramref name="files"/>.</summary>
    public LanguageTags(IEnumerable<ScannedFile> files)
    {
        foreach (var file in files)
            if (IsTag(file.Language)) _byPath.TryAdd(file.Path, file.Language);
    }

    /// <summary>The fence tag for <paramref name="path"/>, or "" for none.</summary>
    public string For(string path)
    {
        if (ByExtension.TryGetValue(Path.GetExtension(path), out var tag)) return tag;
        return _byPath.TryGetValue(path, out tag) ? tag : string.Empty;
    }

    // A fence's info string ends at white space and may not hold a backtick; keep to what highlighters recognize.
    private static bool IsTag(string language) =>
        language.Length > 0 && language.All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '#' or '.' or '_');
}
