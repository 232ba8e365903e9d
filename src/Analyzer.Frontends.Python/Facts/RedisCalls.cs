using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Semantics.Redis;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// redis-py: a client's methods are Redis commands (<c>r.exists(k)</c>, <c>r.set(k, v)</c>, <c>r.set(k, v, nx=True)</c>,
/// <c>r.setnx(k, v)</c>). A client is an object made by a call from the redis package (<c>redis.Redis(...)</c>,
/// <c>redis.from_url(...)</c>) or, where the code does not show how it is made (or only that it starts as None), a
/// receiver named after Redis (<c>self.redis</c>, <c>redis_client</c>; also one given a client handed in,
/// <c>self._redis = conn</c>). A local the type's getter gave
/// (<c>client = self.get_client()</c>) is the field the getter returns.
/// </summary>
internal static class RedisCalls
{
    public static Effect? Effect(CallExpression call, IrExpression client, string method, IScope scope)
    {
        if (RedisCommands.Classify(method, false) is null || !IsClient(client, scope)) return null;
        var keyCount = RedisCommands.KeyArguments(method);
        var keys = call.Arguments.TakeWhile(a => a is { Name: null, Unpack: 0 }).Take(keyCount).Select(a => a.Value).ToList();
        if (keys.Count < keyCount) return null;
        return RedisCommands.EffectOf(method, KeywordArguments.IsTrue(call, "nx"), call, RedisCommands.Entry(client, keys, scope), $"{client.SourceCode}.{method}");
    }

    private static bool IsClient(IrExpression client, IScope scope)
    {
        var named = client.SourceCode;
        var value = scope.FieldOf(client)?.Initializer ?? (client is NameExpression { Name: var name } ? scope.ValueOf(name, client) : null);
        // A local the type's getter gave (client = self.get_client()) holds the field the getter returns.
        if (scope.Package.FieldGivenBy(scope, value) is { } field) (named, value) = (field.Name, field.Initializer);
        return value switch
        {
            CallExpression made => made.Callee.SourceCode.Contains("redis", StringComparison.OrdinalIgnoreCase),
            null or LiteralExpression { LiteralKind: LiteralKind.Null } or NameExpression => named.Contains("redis", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };
    }
}
