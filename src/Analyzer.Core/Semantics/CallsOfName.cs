using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// The package's calls of one name, grouped by the type of the object each is made on, so that finding the calls that
/// reach one method costs a lookup, not a pass over every call of the name: generated clients declare thousands of
/// methods that share a name (<c>Do</c>, <c>Header</c>), each called on its own type.
/// </summary>
internal sealed class CallsOfName
{
    private readonly Dictionary<string, List<(int Order, CallSite Site)>> _byType = new(StringComparer.Ordinal);

    // Types whose calls can reach a method declared on another type: those that embed or derive from one.
    private readonly List<string> _withSupertypes = [];

    public CallsOfName(PackageModel package, IReadOnlyList<CallSite> sites)
    {
        var bare = new List<CallSite>();
        for (var order = 0; order < sites.Count; order++)
        {
            var site = sites[order];
            if (site.Call.Callee is NameExpression) bare.Add(site);
            else if (site.Call.Callee is MemberAccess { Target: var target, Member: var method } && package.ScopeOf(site.Caller) is var scope
                     && (scope.ObjectTypeOf(target) ?? scope.TypeNamedBy(target) ?? SharedObjectType(package, site.Caller, target)
                         ?? package.UntypedParameterType(site.Caller, target, method)) is { } type)
            {
                if (!_byType.TryGetValue(type, out var calls))
                {
                    _byType[type] = calls = [];
                    if (package.TypeNamed(type) is { } declared && (declared.Bases.Count > 0 || declared.Fields.Any(f => f.IsEmbedded)))
                        _withSupertypes.Add(type);
                }
                calls.Add((order, site));
            }
        }
        Bare = bare;
    }

    /// <summary>The type of the one object the parallel copies of <paramref name="caller"/> share for the untyped
    /// parameter <paramref name="target"/> (<c>def pound(meter): meter.hit()</c>, started as <c>Thread(target=pound,
    /// args=(m,))</c> in a loop after <c>m = Meter()</c>; <see cref="PackageModel.SharedArgumentValue"/>); null otherwise.</summary>
    private static string? SharedObjectType(PackageModel package, FunctionDecl caller, IrExpression target) =>
        target is NameExpression { Name: var name } && caller.Parameters.FirstOrDefault(p => p.Name == name) is { TypeText: null }
        && package.SharedArgumentValue(caller, name) is { } shared
            ? package.TypeMadeBy(shared)
            : null;

    /// <summary>The calls by bare name: those that reach a plain function of the name.</summary>
    public IReadOnlyList<CallSite> Bare { get; }

    /// <summary>The calls that reach the method <paramref name="method"/>, in source order.</summary>
    public IReadOnlyList<CallSite> Reaching(PackageModel package, FunctionDecl method)
    {
        var groups = _withSupertypes.Where(t => t != method.OwnerType && package.MethodReaches(t, method)).Select(t => _byType[t]).ToList();
        if (_byType.TryGetValue(method.OwnerType!, out var own)) groups.Add(own);
        return groups.Count switch
        {
            0 => [],
            1 => groups[0].Select(c => c.Site).ToList(),
            _ => groups.SelectMany(g => g).OrderBy(c => c.Order).Select(c => c.Site).ToList(),
        };
    }
}
