using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics.Redis;

/// <summary>
/// What a Redis command does to the key it names, as far as a get-then-set race is concerned (Redis command reference):
/// a read of the key, a set that creates or overwrites it, or a set only if absent, which checks and acts in one step.
/// Counter updates (INCR, DECRBY, HINCRBY, …) change the value by an amount: writes that overwrite nothing another client
/// set (<see cref="Effect.Relative"/>). Other relative updates (EXPIRE, LPUSH, …) and removals are none of these.
/// Clients spell commands alike across languages (<c>conn.Do("SETNX", k, v)</c>, <c>rdb.SetNX(ctx, k, v, ttl)</c>,
/// <c>r.setnx(k, v)</c>), so callers pass the command name in any case.
/// </summary>
public static class RedisCommands
{
    private static readonly HashSet<string> Reads = ["GET", "EXISTS", "HGET", "HEXISTS", "HMGET", "MGET", "SISMEMBER", "STRLEN", "TTL", "PTTL", "TYPE", "GETRANGE", "HLEN", "SCARD", "LLEN", "ZSCORE"];
    private static readonly HashSet<string> Sets = ["SET", "SETEX", "PSETEX", "HSET", "HMSET", "MSET", "GETSET"];
    private static readonly HashSet<string> SetsIfAbsent = ["SETNX", "HSETNX", "MSETNX"];
    private static readonly HashSet<string> HashCommands = ["HGET", "HEXISTS", "HSET", "HSETNX", "HINCRBY", "HINCRBYFLOAT"];
    private static readonly HashSet<string> CounterUpdates = ["INCR", "INCRBY", "INCRBYFLOAT", "DECR", "DECRBY", "HINCRBY", "HINCRBYFLOAT"];

    /// <summary>True for a command that changes a counter by an amount (<see cref="Effect.Relative"/>).</summary>
    public static bool IsCounterUpdate(string command) => CounterUpdates.Contains(command.ToUpperInvariant());

    /// <summary>Read, Write, AtomicCheckAndAct, or null for a command that is none of them. A SET given the NX option
    /// (<paramref name="hasNxOption"/>) sets only if absent.</summary>
    public static EffectKind? Classify(string command, bool hasNxOption)
    {
        var name = command.ToUpperInvariant();
        if (SetsIfAbsent.Contains(name) || name == "SET" && hasNxOption) return EffectKind.AtomicCheckAndAct;
        if (Sets.Contains(name) || CounterUpdates.Contains(name)) return EffectKind.Write;
        return Reads.Contains(name) ? EffectKind.Read : null;
    }

    /// <summary>The effect of <paramref name="command"/> on <paramref name="entry"/> at <paramref name="node"/>, or null
    /// for a command that neither reads nor sets (<see cref="Classify"/>).</summary>
    public static Effect? EffectOf(string command, bool hasNxOption, IrNode node, Resource entry, string detail) =>
        Classify(command, hasNxOption) is { } kind ? new Effect(kind, node, entry, Detail: detail, Relative: IsCounterUpdate(command)) : null;

    /// <summary>How many leading arguments name the entry a command works on: the key, and for a hash command the field too.</summary>
    public static int KeyArguments(string command) => HashCommands.Contains(command.ToUpperInvariant()) ? 2 : 1;

    /// <summary>The entry of the Redis server reached through <paramref name="client"/> that <paramref name="keyParts"/>
    /// name: a key, or a hash's field as a part of its key (<see cref="Resource.IsPartOf"/>), so that a field set
    /// changes what HLEN counted.</summary>
    public static Resource Entry(IrExpression client, IReadOnlyList<IrExpression> keyParts, IScope scope) =>
        new(ResourceKind.CacheKey, $"redis:{scope.Normalize(client)}[{(keyParts.Count > 0 ? scope.Normalize(keyParts[0]) : "")}]"
                                   + string.Concat(keyParts.Skip(1).Select(field => "." + scope.Normalize(field))),
            string.Join(", ", keyParts.Select(k => k.SourceCode)));
}
