namespace Analyzer.Core.Findings;

/// <summary>
/// What a check-then-act finding is made of, for scan-end rules, reports and tools: the function it is in, the act,
/// and what the rule saw of the check and the acts. The message says the same to a person; code reads this record and
/// never parses a message.
/// </summary>
/// <param name="Language">The frontend's language id of the file ("go", "python").</param>
/// <param name="Function">The function's bare name.</param>
/// <param name="FunctionLine">The line the function starts on.</param>
/// <param name="OwnerType">The type the function is a method of; null for a free function.</param>
/// <param name="Operations">The operations the function serves: its own name, and the operations of the functions that
/// call it (words a bug report may use for it).</param>
/// <param name="Act">The act's code on one line.</param>
public sealed record CheckActFacts(string Language, string Function, int FunctionLine, string? OwnerType, IReadOnlyList<string> Operations, string Act)
{
    /// <summary>How the check reads a shared resource ("SELECT", "os.path.exists"); null where the check is a read of
    /// program state.</summary>
    public string? Check { get; init; }

    /// <summary>The acts a check of a shared resource decides, each with its verb and line, in source order.</summary>
    public IReadOnlyList<ActSite> Acts { get; init; } = [];

    /// <summary>The shape of a race on an external store (TOCTOU002); null for the other rules.</summary>
    public StoreRaceShape? StoreShape { get; init; }

    /// <summary>For <see cref="StoreRaceShape.ListThenLookup"/>: the listing call, the per-key lookup call, and whether
    /// the lookup is made on the store itself (rather than through a helper).</summary>
    public StoreLookup? Lookup { get; init; }

    /// <summary>For <see cref="StoreRaceShape.StaleObject"/>: the call that read the object the act uses.</summary>
    public string? ReadCall { get; init; }

    /// <summary>The method of a related type that does the same operation under one lock, when the scan found one
    /// (<see cref="LocationRole.Contrast"/>).</summary>
    public string? SafeSibling { get; init; }

    /// <summary>The receiver's field the check reads, for a check of the receiver's own state ("aek" for
    /// <c>fs.aek</c>); null for other state. A sibling shows the same operation done safely only on a field of that
    /// name.</summary>
    public string? State { get; init; }
}

/// <summary>One act a check decides: what it does (INSERT, os.remove) and where.</summary>
public sealed record ActSite(string Verb, int Line);

/// <summary>A listing of an external store followed by lookups of each listed key.</summary>
/// <param name="ListCall">The call that lists the keys.</param>
/// <param name="LookupCall">The call that looks a listed key up.</param>
/// <param name="OnStore">True when the lookup is a call on the store itself.</param>
public sealed record StoreLookup(string ListCall, string LookupCall, bool OnStore);

/// <summary>The shapes of a check-then-act on an external store.</summary>
public enum StoreRaceShape
{
    /// <summary>A lookup decides a write of the same key.</summary>
    LookupThenMutate,

    /// <summary>A listing decides lookups of the listed keys, which may be gone by then.</summary>
    ListThenLookup,

    /// <summary>A check of the store decides an act on an object read from it earlier.</summary>
    StaleObject,
}
