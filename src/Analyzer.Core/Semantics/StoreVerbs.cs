using System.Text.RegularExpressions;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Classifies a method called on an external store by the verb its name starts with. Stores across languages name
/// their operations alike (Get/List/Has read, as does a name that ends in Exists; Add/Set/Update/Delete/Make write),
/// and we cannot see their bodies. A name that says the call looks and changes in one step (LoadOrStore, GetOrCreate,
/// get_or_create, putIfAbsent, setdefault, CompareAndSwap, SetNX; by whole words, so colorSet is no "or set") is an
/// atomic check-and-act.
/// </summary>
public static partial class StoreVerbs
{
    private static readonly string[] Reads = ["get", "list", "has", "contains", "exists", "lookup", "load", "peek", "find", "keys", "values", "items", "fetch", "read", "count", "index", "by"];
    private static readonly string[] Writes = ["add", "set", "put", "update", "delete", "remove", "store", "insert", "replace", "create", "make", "pop", "clear", "write", "save", "evict", "expire", "incr", "decr", "append"];
    private static readonly string[] Removals = ["delete", "remove", "pop", "clear", "evict", "expire"];
    private static readonly string[] Listings = ["list", "keys"];
    private static readonly HashSet<string> StoresAfterOr = ["store", "set", "create", "put", "add", "insert"];
    private static readonly HashSet<string> OneStepNames = ["setdefault", "setnx", "hsetnx", "msetnx"];

    /// <summary>AtomicCheckAndAct, Write, Read, or null when the name says none of them.</summary>
    public static EffectKind? Classify(string methodName) =>
        IsOneStep(methodName) ? EffectKind.AtomicCheckAndAct
        : StartsWithAny(methodName, Writes) ? EffectKind.Write
        : StartsWithAny(methodName, Reads) || AsksExistence(methodName) ? EffectKind.Read
        : null;

    // A name that ends by asking whether the thing it names is there (BucketExists, table_exists).
    private static bool AsksExistence(string methodName) =>
        Words().Matches(methodName) is { Count: > 1 } words && words[^1].Value.Equals("exists", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a write that takes keys out (Delete, Remove, Pop, Clear, Evict, Expire).</summary>
    public static bool IsRemoval(string methodName) => StartsWithAny(methodName, Removals);

    /// <summary>True for a read that enumerates the store's keys or objects (List, Keys), as opposed to a per-key lookup.</summary>
    public static bool IsListing(string methodName) => StartsWithAny(methodName, Listings);

    // By whole words of the name, camelCase or snake_case, so that colorSet or vectorStore is not "or set".
    private static bool IsOneStep(string methodName)
    {
        var words = Words().Matches(methodName).Select(m => m.Value.ToLowerInvariant()).ToList();
        if (words.Count == 0) return false;
        if (OneStepNames.Contains(words[0]) || words is ["compare", "and", ..] or ["set", "nx", ..] or ["h" or "m", "set", "nx", ..]) return true;
        for (var i = 1; i < words.Count; i++)
        {
            if (words[i - 1] == "or" && StoresAfterOr.Contains(words[i])) return true;
            if (words[i - 1] == "if" && (words[i] is "absent" or "missing" || words[i] == "not" && i + 1 < words.Count && words[i + 1] == "exists")) return true;
        }
        return false;
    }

    [GeneratedRegex("[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+")]
    private static partial Regex Words();

    /// <summary>The test ignores case and leading underscores.</summary>
    private static bool StartsWithAny(string methodName, string[] verbs)
    {
        var name = methodName.TrimStart('_').ToLowerInvariant();
        return verbs.Any(v => name.StartsWith(v, StringComparison.Ordinal));
    }
}
