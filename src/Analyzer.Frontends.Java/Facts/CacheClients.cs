using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Semantics.Redis;

namespace Analyzer.Frontends.Java.Facts;

/// <summary>
/// Cache clients whose methods read, set or add one key, recognized by the client's declared or constructed type:
/// Redis through Jedis or Lettuce (a method per command: <c>get</c>, <c>exists</c>, <c>set</c>, <c>setnx</c>, and
/// <c>set(k, v, SetParams.setParams().nx())</c>), memcached clients (<c>get</c>; <c>set</c>, <c>replace</c>; <c>add</c>
/// and <c>cas</c> only when absent or unchanged) and the in-process caches of JCache, Guava and Caffeine
/// (<c>get</c>, <c>getIfPresent</c>, <c>containsKey</c>; <c>put</c>; <c>putIfAbsent</c>, and <c>get(k, loader)</c>, which
/// loads and stores in one step).
/// </summary>
internal static class CacheClients
{
    private static readonly HashSet<string> RedisClients = ["Jedis", "JedisCluster", "JedisPooled", "UnifiedJedis", "JedisCommands", "RedisCommands", "RedisClusterCommands", "RedisAdvancedClusterCommands"];

    private static readonly HashSet<string> MemcachedClients = ["MemcachedClient", "MemcachedClientIF", "XMemcachedClient"];

    private static readonly HashSet<string> LocalCaches = ["Cache", "LoadingCache"];

    public static Effect? Effect(CallExpression call, IrExpression client, string method, string? type, IScope scope)
    {
        if (type is null || call.Arguments.Count == 0) return null;
        if (RedisClients.Contains(type)) return Redis(call, client, method, scope);
        var kind = MemcachedClients.Contains(type) ? Memcached(method)
            : LocalCaches.Contains(type) ? Local(method, call.Arguments.Count)
            : null;
        if (kind is null) return null;
        var key = call.Arguments[0].Value;
        return new Effect(kind.Value, call, new Resource(ResourceKind.CacheKey, $"cache:{scope.Normalize(client)}[{scope.Normalize(key)}]", key.SourceCode),
            Detail: $"{client.SourceCode}.{method}");
    }

    private static Effect? Redis(CallExpression call, IrExpression client, string method, IScope scope)
    {
        var nx = call.Arguments.Any(a => a.Value.SourceCode.Contains(".nx()", StringComparison.Ordinal)
                                         || a.Value is LiteralExpression { LiteralKind: LiteralKind.String, Value: "NX" or "nx" });
        var keyCount = RedisCommands.KeyArguments(method);
        if (call.Arguments.Count < keyCount) return null;
        return RedisCommands.EffectOf(method, nx, call, RedisCommands.Entry(client, call.Arguments.Take(keyCount).Select(a => a.Value).ToList(), scope),
            $"{client.SourceCode}.{method}");
    }

    private static EffectKind? Memcached(string method) => method switch
    {
        "get" or "gets" or "asyncGet" => EffectKind.Read,
        "set" or "replace" => EffectKind.Write,
        "add" or "cas" => EffectKind.AtomicCheckAndAct,
        _ => null,
    };

    private static EffectKind? Local(string method, int arguments) => method switch
    {
        "get" when arguments > 1 => EffectKind.AtomicCheckAndAct,
        "get" or "getIfPresent" or "containsKey" => EffectKind.Read,
        "put" or "getAndPut" or "replace" when arguments == 2 => EffectKind.Write,
        "putIfAbsent" or "replace" => EffectKind.AtomicCheckAndAct,
        _ => null,
    };
}
