using Microsoft.Extensions.FileSystemGlobbing;

namespace Analyzer.Core.Engine;

/// <summary>
/// Which files under a scanned folder are read: not those inside the default-excluded folders (vendored and third-party
/// code, node_modules, test data, hidden folders) unless the request turns the defaults off, only those an include glob
/// matches when there are any, and none an exclude glob matches. Globs are matched against the path relative to the
/// scanned folder, with '/' between folders (<c>**/migrations/**</c>, <c>cmd/*.go</c>). A file given by its own path is
/// matched by its name. Each file left out is counted under the reason it was left out.
/// </summary>
internal sealed class FileSelection
{
    /// <summary>The reason counted for a file a tool generated.</summary>
    public const string Generated = "generated files";

    private const string Hidden = "hidden folders";
    private readonly bool _defaults;
    private readonly Matcher? _include;
    private readonly Matcher? _exclude;
    private readonly Dictionary<string, int> _skipped = new(StringComparer.Ordinal);

    public FileSelection(ScanRequest request)
    {
        _defaults = request.DefaultExcludes;
        _include = Globs(request.Include);
        _exclude = Globs(request.Exclude);
    }

    private static Matcher? Globs(IReadOnlyList<string>? globs)
    {
        if (globs is not { Count: > 0 }) return null;
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(globs);
        return matcher;
    }

    /// <summary>Why a folder below a scanned one is not walked, or null when it is.</summary>
    public string? FolderExclusion(string name)
    {
        if (!_defaults) return null;
        if (name.StartsWith('.')) return Hidden;
        return ScanRequest.DefaultExcludedFolders.FirstOrDefault(n => string.Equals(n, name, StringComparison.Ordinal)) is { } folder ? $"{folder}/" : null;
    }

    /// <summary>Whether a file is read, given its path relative to the scanned folder; one that is not is counted.</summary>
    public bool Selects(string relativePath)
    {
        if (_include is not null && !_include.Match(relativePath).HasMatches) return Skip("not matched by an include glob");
        if (_exclude is not null && _exclude.Match(relativePath).HasMatches) return Skip("matched by an exclude glob");
        return true;
    }

    /// <summary>Counts a file left out for <paramref name="reason"/>; false, for use as a verdict.</summary>
    public bool Skip(string reason, int files = 1)
    {
        if (files == 0) return false;
        lock (_skipped) _skipped[reason] = _skipped.GetValueOrDefault(reason) + files;
        return false;
    }

    /// <summary>Whether generated files are left out.</summary>
    public bool ExcludesGenerated => _defaults;

    /// <summary>The files left out, by reason, in ordinal order of the reason.</summary>
    public IReadOnlyList<ExcludedFiles> Excluded
    {
        get
        {
            lock (_skipped) return _skipped.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new ExcludedFiles(p.Key, p.Value)).ToList();
        }
    }
}
