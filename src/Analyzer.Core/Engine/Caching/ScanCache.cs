using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Analyzer.Core.Engine.Configuration;
using Analyzer.Core.Fixes;
using Analyzer.Core.Frontends;
using Analyzer.Core.Rules;
using Analyzer.Core.Text;
using Microsoft.Extensions.Logging;

namespace Analyzer.Core.Engine.Caching;

/// <summary>
/// A folder of package analyses, each in its own file named by a key: a hash of the package's files (their paths as
/// findings name them, their bytes and the rule severities configured for them), the analyzer's build (every
/// frontend's and rule's assembly) and the scan's settings. A package whose key has a file is not parsed again. An entry is written to a temporary file and renamed
/// into place, so a killed run or two runs at once never leave half an entry under a key; an entry that does not read
/// back whole, or that names another key, is ignored and written anew.
/// </summary>
public sealed class ScanCache
{
    // Bumped when what an entry holds changes shape, so entries of an older layout are never read as this one.
    private const int Format = 1;

    private readonly string _folder;
    private readonly ILogger _logger;
    private int _storeFailed;

    internal ScanCache(string folder, ILogger logger)
    {
        _folder = Path.GetFullPath(folder);
        _logger = logger;
    }

    /// <summary>The usual cache folder: <c>toctou-analyzer/scan</c> under <c>$XDG_CACHE_HOME</c>, else under
    /// <c>~/.cache</c> (on Windows, under the local application data folder).</summary>
    public static string DefaultFolder
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
                : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
                : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
            return Path.Combine(root, "toctou-analyzer", "scan");
        }
    }

    /// <summary>What the analyzer's build contributes to every key: the assemblies that parse, analyse and fix and every
    /// assembly they use (a module version id changes whenever its code does), and the rules and fixes that run.</summary>
    internal static byte[] EngineFingerprint(IEnumerable<ILanguageFrontend> frontends, IEnumerable<AnalysisRule> rules, IEnumerable<CodeFixProvider> fixes)
    {
        var ruleList = rules.ToList();
        var frontendList = frontends.ToList();
        var fixList = fixes.ToList();
        var roots = frontendList.SelectMany(f => new[] { f.GetType().Assembly, f.Facts.GetType().Assembly })
            .Concat(ruleList.Select(r => r.GetType().Assembly)).Concat(fixList.Select(f => f.GetType().Assembly)).Append(typeof(ScanCache).Assembly);
        var assemblies = WithDependencies(roots).Select(a => $"{a.FullName}|{a.ManifestModule.ModuleVersionId}");
        var ruleNames = ruleList.Select(r => $"{r.GetType().FullName}|{r.Descriptor.Id}|{r.Descriptor.DefaultLevel}");
        var frontendNames = frontendList.Select(f => $"{f.GetType().FullName}|{f.LanguageId}");
        var fixNames = fixList.Select(f => $"{f.GetType().FullName}|{f.LanguageId}");
        var text = string.Join('\n', assemblies.Concat(ruleNames).Concat(frontendNames).Concat(fixNames).Order(StringComparer.Ordinal).Prepend($"format {Format}"));
        return SHA256.HashData(Encoding.UTF8.GetBytes(text));
    }

    private static IEnumerable<Assembly> WithDependencies(IEnumerable<Assembly> roots)
    {
        var seen = new Dictionary<string, Assembly>(StringComparer.Ordinal);
        var pending = new Stack<Assembly>(roots);
        while (pending.TryPop(out var assembly))
        {
            if (!seen.TryAdd(assembly.FullName!, assembly)) continue;
            foreach (var name in assembly.GetReferencedAssemblies())
            {
                if (seen.ContainsKey(name.FullName)) continue;
                try
                {
                    pending.Push(Assembly.Load(name));
                }
                catch (Exception e) when (e is FileNotFoundException or FileLoadException or BadImageFormatException)
                {
                    // Never loaded, so never run: it cannot change what a scan finds.
                }
            }
        }
        return seen.Values;
    }

    /// <summary>The key of one package as read now.</summary>
    internal static string KeyOf(byte[] engine, ScanRequest request, ILanguageFrontend frontend, IReadOnlyList<PackageSource> sources,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, RuleSeverity>> severities)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(engine);
        Append(hash, $"{request.RunRules}|{request.MaxFileSize}|{request.MaxFileTokens}|{frontend.LanguageId}");
        foreach (var source in sources)
        {
            Append(hash, source.Input.ReportedPath);
            foreach (var (rule, severity) in severities[source.Input.ReportedPath].OrderBy(p => p.Key, StringComparer.Ordinal))
                Append(hash, $"{rule}={severity}");
            if (source.Bytes is { } bytes)
            {
                Append(hash, $"bytes {bytes.Length}");
                hash.AppendData(bytes);
            }
            else
            {
                Append(hash, $"unreadable {source.Unreadable}");
            }
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    // Each piece with its length first, so two different lists of pieces never hash the same text.
    private static void Append(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }

    /// <summary>The package analysis stored under <paramref name="key"/>, or null when there is none that reads back
    /// whole under that key.</summary>
    internal PackageResult? Load(string key)
    {
        var path = PathOf(key);
        try
        {
            using var stream = File.OpenRead(path);
            var entry = JsonSerializer.Deserialize(stream, CacheJson.Default.CacheEntry);
            if (entry is { Format: Format, Result: { } result } && entry.Key == key)
            {
                MarkUsed(path);
                return result;
            }
            _logger.LogDebug("Ignoring the cache entry {Path}: it was written for another key or layout", path);
        }
        catch (FileNotFoundException) { }
        catch (DirectoryNotFoundException) { }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or NotSupportedException)
        {
            _logger.LogDebug("Ignoring the cache entry {Path}: {Message}", path, e.Message);
        }
        return null;
    }

    /// <summary>Stores <paramref name="result"/> under <paramref name="key"/>. A cache that cannot be written is
    /// reported once and the scan goes on without it.</summary>
    internal void Store(string key, PackageResult result)
    {
        var path = PathOf(key);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            WholeFile.Replace(path, stream => JsonSerializer.Serialize(stream, new CacheEntry(Format, key, result), CacheJson.Default.CacheEntry));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Interlocked.Exchange(ref _storeFailed, 1) == 0)
                _logger.LogWarning("Cannot write the scan cache in {Folder} ({Message}); the scan goes on without storing its results — give a writable folder with --cache, or --no-cache", _folder, e.Message);
        }
    }

    /// <summary>At most once a day, deletes entries no scan has used for <see cref="Unused"/> and temporary files a
    /// killed run left, so the folder does not grow without end.</summary>
    internal void Prune()
    {
        var stamp = Path.Combine(_folder, "last-pruned");
        try
        {
            if (File.Exists(stamp) && DateTime.UtcNow - File.GetLastWriteTimeUtc(stamp) < TimeSpan.FromDays(1)) return;
            if (!Directory.Exists(_folder)) return;
            File.WriteAllText(stamp, string.Empty);
            var now = DateTime.UtcNow;
            foreach (var file in new DirectoryInfo(_folder).EnumerateFiles("*", SearchOption.AllDirectories))
            {
                var age = now - file.LastWriteTimeUtc;
                if (file.Name.EndsWith(".json", StringComparison.Ordinal) ? age > Unused : file.Name.EndsWith(".tmp", StringComparison.Ordinal) && age > TimeSpan.FromDays(1))
                    DeleteQuietly(file.FullName);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogDebug("Cannot prune the scan cache in {Folder}: {Message}", _folder, e.Message);
        }
    }

    // A read entry is dated now, so pruning keeps it; a cache this run cannot write is still read.
    private static void MarkUsed(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, DateTime.UtcNow);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Read-only: it may be pruned by whoever can write it.
        }
    }

    /// <summary>How long an entry no scan reads is kept.</summary>
    internal static readonly TimeSpan Unused = TimeSpan.FromDays(30);

    private static void DeleteQuietly(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left behind; a temporary file is never read as an entry.
        }
    }

    private string PathOf(string key) => Path.Combine(_folder, key[..2], $"{key}.json");
}
