using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// A check that only skips writing what the state already holds: the act stores a value and runs only when the state
/// differs from that very value (<c>if reflect.DeepEqual(p.labels, labels) { return }; p.labels = labels</c>; also
/// when the equality is one of several conditions that all must hold to skip, <c>if ok &amp;&amp; old != nil &amp;&amp;
/// old.Equal(next) { return }</c>, and when the state is compared through a local read from it,
/// <c>old, ok := c.pair.Load().(*pair)</c>, and stored by one call, <c>c.pair.Store(next)</c>, or an entry looked up
/// and stored under one key, <c>prev = elems.get(e); if (next.equals(prev)) return; elems.put(e, next)</c>, or a word
/// loaded and stored through its address, <c>if atomic.LoadUint32(&amp;found) == 1 { return }; …;
/// atomic.StoreUint32(&amp;found, 1)</c>), or it empties the state and runs only when the state is not empty (<c>if
/// len(r.pending) == 0 { return }; …; r.pending = nil</c>).
/// Whatever another writer does between the check and the act, the result is one that the two writes in some order
/// would leave too, so the stale check loses nothing.
/// </summary>
internal static class UnchangedSkips
{
    public static bool Holds(FunctionModel model, CheckActPair pair)
    {
        if (pair.Guard is not { } guard || StoredTarget(pair.Act, model.Package.Facts) is not var (target, key)
            || StoredValues.Of(pair.Act) is not { } value
            || GuardShapes.Deciding(guard, pair.Act) is not var (condition, whenTrue)) return false;
        var facts = model.Package.Facts;
        var scope = model.Scope;
        bool Same(IrExpression a, IrExpression b) => scope.Normalize(a) == scope.Normalize(b);
        // A keyed store (m.put(k, v)) holds the entry a lookup of the same key loaded (old := m.get(k)).
        // The check's own read of the state stands for it too, and so does a load handed its address
        // (atomic.LoadUint32(&found)).
        bool IsState(IrExpression e) => key is null
            ? Same(e, target) || pair.Check.Resource?.Key == pair.Act.Resource?.Key && (ReferenceEquals(e, pair.Check.Effect.Node)
                || e is CallExpression load && load.Arguments.Any(a => ReferenceEquals(facts.WrittenThrough(a.Value), pair.Check.Effect.Node)))
              || e is NameExpression { Name: var local } && scope.ValueOf(local, e) is { } loaded
              && loaded.DescendantsAndSelf().OfType<IrExpression>().Any(part => Same(part, target))
            : e is NameExpression { Name: var entry } && scope.ValueOf(entry, e) is CallExpression { Callee: MemberAccess { Target: var store }, Arguments: [var looked] }
              && Same(store, target) && Same(looked.Value, key);
        // Skipped when every conjunct holds: one of them saying the state already equals the value is enough.
        if (!whenTrue && Conjuncts(condition).Any(c => ValueTests.Equality(c, facts) is (var l, var r, true) && (IsState(l) && Same(r, value) || IsState(r) && Same(l, value))))
            return true;
        if (ComparedByOwnMethod(model, pair.Check, condition, value)) return true;
        if (ValueTests.Equality(condition, facts) is not var (left, right, equal) || whenTrue == equal) return false;
        if (IsState(left) && Same(right, value) || IsState(right) && Same(left, value)) return true;
        if (key is not null) return false;
        // Emptied when not empty: len(state) == 0, or state == nil / state is None.
        var (state, other) = ValueTests.IsEmpty(right) ? (left, right) : (right, left);
        if (!ValueTests.IsEmpty(other) || !ValueTests.IsEmpty(value)) return false;
        return Same(state, target) || state is CallExpression call && facts.LengthOperand(call) is { } measured && Same(measured, target);
    }

    /// <summary>The check is a method of the type that compares the state with its argument
    /// (<c>if !c.hasCAChanged(b) { return }</c>, whose body tests <c>bytes.Equal(existing, b)</c>), and the act stores that
    /// argument or a value made from it (<c>c.bundle.Store(verifierFor(b))</c>): whichever way the method answers, a stale
    /// answer makes the act store what the state holds already, or skip storing it.</summary>
    private static bool ComparedByOwnMethod(FunctionModel model, Access check, IrExpression condition, IrExpression value)
    {
        var scope = model.Scope;
        if (condition is not CallExpression { Callee: MemberAccess { Target: var receiver, Member: var name } } call
            || !ReferenceEquals(check.Effect.Node, call) || !scope.IsReceiver(receiver)
            || model.Package.FunctionsNamed(model.Function.OwnerType, name) is not [{ Body: { } body } method]
            || method.Parameters.Count != call.Arguments.Count) return false;
        var made = value is NameExpression { Name: var local } && scope.ValueOf(local, value) is { } assigned ? assigned : value;
        var stored = made is CallExpression maker ? maker.Arguments.Select(a => a.Value).Append(made) : [made];
        var storedText = stored.Select(scope.Normalize).ToHashSet(StringComparer.Ordinal);
        var facts = model.Package.Facts;
        return call.Arguments.Select((argument, i) => (argument, parameter: method.Parameters[i].Name))
            .Any(a => storedText.Contains(scope.Normalize(a.argument.Value))
                      && body.DescendantsAndSelf().OfType<IrExpression>().Any(e => ValueTests.Equality(e, facts) is var (l, r, _)
                          && (Names(l, a.parameter) && !Names(r, a.parameter) && r is not LiteralExpression
                              || Names(r, a.parameter) && !Names(l, a.parameter) && l is not LiteralExpression)));
    }

    private static bool Names(IrExpression expression, string name) =>
        expression.DescendantsAndSelf().OfType<NameExpression>().Any(n => n.Name == name);

    /// <summary>What a plain store writes: an assignment's target, or the object a one-argument store call is made on
    /// (<c>c.pair.Store(next)</c>), or the entry a two-argument one stores under its key (<c>elems.put(e, next)</c>);
    /// null for other writes.</summary>
    private static (IrExpression Target, IrExpression? Key)? StoredTarget(Access act, ILanguageFacts facts) => act.Effect switch
    {
        { Kind: EffectKind.Write, Removes: false, Node: IrExpression target } when target.Parent is Assignment { Operator: "=" } assignment && assignment.Targets.Contains(target) => (target, null),
        { Kind: EffectKind.Write, Removes: false, Node: CallExpression call } when facts.StoreThroughAddress(call) is var (word, _) => (word, null),
        { Kind: EffectKind.Write, Removes: false, Node: CallExpression { Callee: MemberAccess { Target: var stored }, Arguments.Count: 1 } } => (stored, null),
        { Kind: EffectKind.Write, Removes: false, Node: CallExpression { Callee: MemberAccess { Target: var stored }, Arguments: [var key, _] } } => (stored, key.Value),
        _ => null,
    };

    private static IEnumerable<IrExpression> Conjuncts(IrExpression condition) =>
        condition is BinaryExpression { Operator: "&&", Left: var left, Right: var right } ? Conjuncts(left).Concat(Conjuncts(right)) : [condition];
}
