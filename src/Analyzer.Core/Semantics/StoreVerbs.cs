namespace Analyzer.Core.Semantics;

/// <summary>
/// Classifies a method called on an external store by the verb its name starts with. Stores across languages name
/// their operations alike (Get/List/Has read; Add/Set/Update/Delete write), and we cannot see their bodies. A name
/// that says the call looks and changes in one step (LoadOrStore, GetOrCreate, get_or_create, putIfAbsent, setdefault,
/// CompareAndSwap, SetNX) is an atomic check-and-act.
/// </summary>
public static class StoreVerbs
{
    private static readonly string[] Reads = ["get", "list", "has", "contains", "exists", "lookup", "load", "peek", "find", "keys", "values", "items", "fetch", "read", "count", "index", "by"];
    private static readonly string[] Writes = ["add", "set", "put", "update", "delete", "remove", "store", "insert", "replace", "create", "pop", "clear", "write", "save", "evict", "expire", "incr", "decr", "append"];
    private static readonly string[] Removals = ["delete", "remove", "pop", "clear", "evict", "expire"];
    private static readonly string[] Listings = ["list", "keys"];
    private static readonly string[] OneStepMarks = ["orstore", "orset", "orcreate", "orput", "oradd", "orinsert", "ifabsent", "ifnotexists", "ifmissing", "setdefault"];
    private static readonly string[] OneStepVerbs = ["compareand", "setnx", "hsetnx"];

    /// <summary>AtomicCheckAndAct, Write, Read, or null when the name says none of them.</summary>
    public static EffectKind? Classify(string methodName) =>
        IsOneStep(methodName) ? EffectKind.AtomicCheckAndAct
        : StartsWithAny(methodName, Writes) ? EffectKind.Write
        : StartsWithAny(methodName, Reads) ? EffectKind.Read
        : null;

    /// <summary>True for a write that takes keys out (Delete, Remove, Pop, Clear, Evict, Expire).</summary>
    public static bool IsRemoval(string methodName) => StartsWithAny(methodName, Removals);

    /// <summary>True for a read that enumerates the store's keys or objects (List, Keys), as opposed to a per-key lookup.</summary>
    public static bool IsListing(string methodName) => StartsWithAny(methodName, Listings);

    private static bool IsOneStep(string methodName)
    {
        var name = methodName.Replace("_", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        return OneStepMarks.Any(m => name.Contains(m, StringComparison.Ordinal)) || OneStepVerbs.Any(v => name.StartsWith(v, StringComparison.Ordinal));
    }

    /// <summary>The test ignores case and leading underscores.</summary>
    private static bool StartsWithAny(string methodName, string[] verbs)
    {
        var name = methodName.TrimStart('_').ToLowerInvariant();
        return verbs.Any(v => name.StartsWith(v, StringComparison.Ordinal));
    }
}
