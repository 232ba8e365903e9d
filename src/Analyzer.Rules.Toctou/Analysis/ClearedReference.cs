using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A call through a reference that a check found set (<c>if w.timer != nil { w.timer.Stop() }</c>), while
/// another method of the package clears the reference (<c>w.timer = nil</c>): the call reads the reference again, and
/// when the clearing comes in between it runs on nothing (a nil dereference, an attribute of <c>None</c>) or on
/// whatever was put there since.</summary>
/// <param name="Check">The read the test of the reference makes.</param>
/// <param name="Guard">The test.</param>
/// <param name="Use">The read of the reference the call goes through.</param>
/// <param name="Clearing">The write that empties the reference elsewhere.</param>
/// <param name="Clearer">The function that makes it.</param>
internal sealed record ClearedReference(Access Check, Guard Guard, Access Use, Access Clearing, FunctionDecl Clearer)
{
    /// <summary>Each call in the function through a reference its test found set and another function clears, with
    /// the first such clearing.</summary>
    public static IEnumerable<ClearedReference> In(FunctionModel model)
    {
        var facts = model.Package.Facts;
        foreach (var use in model.Accesses)
        {
            if (use.Effect is not { Kind: EffectKind.Read, Node: IrExpression reference } || use.Resource is not { Kind: ResourceKind.Field } state
                || reference.Parent is not MemberAccess { Parent: CallExpression call } member || !ReferenceEquals(call.Callee, member)) continue;
            foreach (var guard in use.Guards)
            {
                if (GuardShapes.Deciding(guard, use) is not var (condition, whenTrue)
                    || GuardShapes.Equality(condition, facts) is not var (left, right, equal) || whenTrue == equal) continue;
                var tested = GuardShapes.IsEmpty(right) ? left : GuardShapes.IsEmpty(left) ? right : null;
                if (tested is null || guard.Reads.FirstOrDefault(r => r.Order < use.Order && r.Effect.Node == tested && r.Resource?.Key == state.Key) is not { } check) continue;
                if (FirstClearing(model, state) is { } clearing)
                {
                    yield return new ClearedReference(check, guard, use, clearing.Write, clearing.Function);
                    break;
                }
            }
        }
    }

    /// <summary>The first write, in another function of the package that may run beside this one (a method of the same
    /// type for the receiver's state, any function for a top-level variable; no constructor), that gives the state an
    /// empty value.</summary>
    private static (Access Write, FunctionDecl Function)? FirstClearing(FunctionModel model, Resource state)
    {
        var package = model.Package;
        foreach (var function in package.Functions)
        {
            if (ReferenceEquals(function, model.Function) || package.Facts.IsConstructor(function)
                || state.IsReceiverState && function.OwnerType != model.Function.OwnerType) continue;
            var write = package.ModelOf(function).Accesses.FirstOrDefault(a =>
                a.Effect is { Kind: EffectKind.Write, Node: IrExpression target } && a.Resource?.Key == state.Key && a.Resource.Kind == ResourceKind.Field
                && target.Parent is Assignment assignment && StoredValues.Of(a) is { } value && GuardShapes.IsEmpty(value) && assignment.Targets.Contains(target));
            if (write is not null) return (write, function);
        }
        return null;
    }
}
