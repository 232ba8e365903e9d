using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>A lock held at some point of a function.</summary>
/// <param name="Name">The lock's identity, normalized ("this.lock", "self._lock" becomes "this._lock").</param>
/// <param name="Mode">Read or write.</param>
/// <param name="Origin">Why it is held.</param>
/// <param name="AcquiredAt">Where it was taken in this function (null when a caller holds it).</param>
/// <param name="Instance">Which acquisition: the same number at two points means the lock was held continuously between them.</param>
/// <param name="Callers">For a caller-held lock: the callers and where they took it.</param>
/// <param name="Helper">When a called method took it (<paramref name="AcquiredAt"/> is then the call): the method's name.</param>
/// <param name="DocumentedBy">For a lock held by convention: the documentation that says callers hold it (null when the
/// function's name says so).</param>
public sealed record HeldLock(string Name, LockMode Mode, LockOrigin Origin, IrNode? AcquiredAt, int Instance, IReadOnlyList<CallerLock> Callers, string? Helper = null, DocumentedLockDuty? DocumentedBy = null)
{
    /// <summary>Where it was taken, for messages: "line 12", or "line 12, inside lockAndTick()".</summary>
    public string Where => AcquiredAt is null ? "by a caller"
        : Helper is null ? $"line {AcquiredAt.Span.StartLine}" : $"line {AcquiredAt.Span.StartLine}, inside {Helper}()";

    /// <summary>True when the lock shows that other threads share what it guards: the code took it (or its callers did),
    /// not only its name promises it, and it is no lock a call handed back, which may keep out other runs of the
    /// program rather than other threads (<see cref="LockNames.IsReturnedByCall"/>).</summary>
    public bool ShowsThreadSharing => Origin != LockOrigin.Convention && !LockNames.IsReturnedByCall(Name);

    /// <summary>True for a lock a call hands back for a key it is given as text built from values of the function (<c>with
    /// redis_lock(f"visit:{entity_id}"):</c>, <c>"visit:" + entity_id</c>) when <paramref name="check"/> names none of
    /// them: callers with other keys take other locks, and the state the check reads is not kept apart by that key. A
    /// value handed on as it is (<c>with file_lock(lock_path):</c>) names which lock, not a key. Which operators build text
    /// is the language's (<see cref="ILanguageFacts.BuildsText"/>).</summary>
    public bool IsKeyedApartFrom(IrNode check, ILanguageFacts facts) =>
        LockNames.IsReturnedByCall(Name) && (AcquiredAt is WithItem { Context: var context } ? context : AcquiredAt) is CallExpression { Arguments: var arguments }
        && arguments.Select(a => a.Value).Where(v => IsBuiltText(v, facts)).SelectMany(text => text.DescendantsAndSelf().OfType<NameExpression>()).Select(n => n.Name).ToHashSet() is { Count: > 0 } keys
        && !check.DescendantsAndSelf().OfType<NameExpression>().Any(n => keys.Contains(n.Name));

    private static bool IsBuiltText(IrExpression value, ILanguageFacts facts) =>
        value is InterpolatedString || value is BinaryExpression built && facts.BuildsText(built.Operator)
        && built.DescendantsAndSelf().OfType<LiteralExpression>().Any(l => l.LiteralKind == LiteralKind.String);

    /// <summary>The lock as <paramref name="function"/>'s code spells it ("this.lock" reads "f.lock" in a method whose receiver is f).</summary>
    public string NameIn(FunctionDecl function) => Spell(Name, function);

    /// <summary>A normalized lock name as <paramref name="function"/>'s code spells it; the object itself as a lock (a Java
    /// monitor, a Go struct that embeds its mutex), the receiver or a parameter not named like a lock, reads "the lock
    /// on f".</summary>
    public static string Spell(string name, FunctionDecl function) =>
        name == "this" ? $"the lock on {function.ReceiverName ?? "this"}"
        : name.StartsWith("this.", StringComparison.Ordinal) ? (function.ReceiverName ?? "this") + name[4..]
        : function.Parameters.Any(p => p.Name == name) && !LockNames.LooksLikeLock(name) ? $"the lock on {name}"
        : name;
}

/// <summary>A caller that holds a lock when it calls the function.</summary>
/// <param name="Caller">The calling function.</param>
/// <param name="Call">The call.</param>
/// <param name="AcquiredAt">Where the caller took the lock.</param>
public sealed record CallerLock(FunctionDecl Caller, CallExpression Call, IrNode? AcquiredAt);
