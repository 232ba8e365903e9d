using Analyzer.Core.Findings;
using Analyzer.Core.Rules;

namespace Analyzer.Rules.Toctou;

/// <summary>The catalog of TOCTOU rules: one place for ids, titles, messages and help links (SARIF rules[] and the docs read it).</summary>
public static class ToctouDescriptors
{
    private const string Category = "Concurrency";

    private static string Help(string id) => $"docs/rules/{id}.md";

    // CWE-367 is "Time-of-check Time-of-use (TOCTOU) Race Condition"; GitHub code scanning reads "external/cwe/…".
    private static readonly string[] RaceTags = ["concurrency", "race-condition", "external/cwe/cwe-367"];
    private static readonly string[] SecurityRaceTags = ["security", .. RaceTags];

    /// <summary>TOCTOU001: check-then-act on the object's own state without one lock held from check to act.</summary>
    public static readonly RuleDescriptor SharedState = new(
        "TOCTOU001", "Check-then-act on shared state without one lock held across both",
        "{0} is checked at line {1} and {2}, {3}",
        FindingLevel.Warning, Category, Help("TOCTOU001"),
        "Finds a read of a shared field (or an element of one) that decides whether a later write of it runs, where no single lock is held continuously from the read to the write: the check runs before the lock is taken, the lock is released in between, or a read lock is traded for a write lock without re-checking. Another thread can change the state between the two.",
        RaceTags);

    /// <summary>TOCTOU002: check-then-act across two calls on an external store.</summary>
    public static readonly RuleDescriptor ExternalStore = new(
        "TOCTOU002", "Check-then-act across two calls on an external store",
        "{0}",
        FindingLevel.Warning, Category, Help("TOCTOU002"),
        "Finds decisions made on data read from an external store (a field of interface type, or an injected dependency) and acted on later: a lookup then a dependent mutation of the same store, a listing of keys then a per-key lookup, or an object read from the store and queued after a check of our own state. The store locks inside each call if at all, and nothing holds across two calls, so unless every writer of the store takes a lock we hold, its data can change between the calls.",
        RaceTags);

    /// <summary>TOCTOU003: a SELECT decides an INSERT or UPDATE of the same table without a row lock.</summary>
    public static readonly RuleDescriptor SqlReadThenWrite = new(
        "TOCTOU003", "SQL read-then-write without a row lock",
        "the SELECT on {0} at line {1} decides the {2} at line {3}{4}; without FOR UPDATE or an upsert, another transaction can insert or change the row in between",
        FindingLevel.Warning, Category, Help("TOCTOU003"),
        "Finds a SELECT whose result decides an INSERT, UPDATE or DELETE on the same table, where the SELECT takes no row lock (no FOR UPDATE) and the write is no upsert. A transaction at the default isolation level (READ COMMITTED) does not stop another transaction from inserting the same key in between; one of them then fails with a unique-key error or overwrites the other.",
        RaceTags);

    /// <summary>TOCTOU004: a file-system check decides a use of the same path.</summary>
    public static readonly RuleDescriptor FileSystem = new(
        "TOCTOU004", "File-system check-then-use",
        "{0} checks {1} at line {2} and {3}; the path can appear, vanish or be swapped in between",
        FindingLevel.Warning, Category, Help("TOCTOU004"),
        "Finds a check of a path (exists, isfile, isdir, Stat, Lstat) that decides a later use of the same path (open, create, mkdir, rename, remove). Another process can create, delete or replace the path between the two; create exclusively or handle the error of the use instead.",
        SecurityRaceTags);

    /// <summary>TOCTOU005: a cache get decides a set of the same key where an atomic add exists.</summary>
    public static readonly RuleDescriptor Cache = new(
        "TOCTOU005", "Cache get-then-set instead of an atomic add",
        "{0} reads key {1} at line {2} and sets it at line {3} {4}; another client can set it in between",
        FindingLevel.Warning, Category, Help("TOCTOU005"),
        "Finds a cache read whose result decides a set of the same key. Between the two another process can set the key, and the set then overwrites it; cache backends offer an atomic add (set only if absent) for exactly this.",
        RaceTags);
}
