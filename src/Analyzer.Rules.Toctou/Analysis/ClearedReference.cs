using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A call through a reference that a check found set (<c>if w.timer != nil { w.timer.Stop() }</c>, or of the
/// function it holds: <c>if p.cancel != nil { p.cancel() }</c>), while
/// code of the package clears the reference (<c>w.timer = nil</c>), in another method or in another run of the same
/// one: the call reads the reference again, and when the clearing comes in between it runs on nothing (a nil
/// dereference, an attribute of <c>None</c>) or on whatever was put there since. Likewise a read of an entry that a
/// test found present (<c>if key in self.data: return self.data[key]</c>) in a language where reading a missing entry
/// fails, while code of the package removes entries (<c>self.data.pop(key)</c>): the read looks the key up again; or a
/// read at a fixed position after a test that the container holds something (<c>if self.conns: return self.conns[0]</c>),
/// while code of the package removes items (<c>self.conns.remove(c)</c>): the container may be empty by then. And
/// a reference handed on after an if that sets it when it is empty (<c>with self._lock: if self._conn is None:
/// self._conn = connect()</c>, then <c>return self._conn</c> after the lock): the code takes it for set from there on, but
/// the use reads it again, and a clearing in between hands on nothing.</summary>
/// <param name="Check">The read the test of the reference makes.</param>
/// <param name="Guard">The test.</param>
/// <param name="Use">The read of the reference the call goes through or the return hands back, or of the entry.</param>
/// <param name="Clearings">The writes that empty the reference or remove entries, each with the function that makes it.</param>
/// <param name="Ensure">For a reference handed on after an if that sets it when empty, that if; null otherwise.</param>
/// <param name="ByPosition">For a read of an entry: it reads the item at a fixed position (<c>self.queue[0]</c>) after a
/// test that the container holds something, not a key after a test that the key is there.</param>
internal sealed record ClearedReference(Access Check, Guard Guard, Access Use, IReadOnlyList<(Access Write, FunctionDecl Function)> Clearings, IfStatement? Ensure = null, bool ByPosition = false)
{
    private static readonly ConditionalWeakTable<PackageModel, ConcurrentDictionary<(string Key, string? Owner, Emptying Emptying), IReadOnlyList<(Access, FunctionDecl)>>> Found = new();

    /// <summary>True when the use reads an entry of a container, not a reference.</summary>
    public bool OfEntry => Use.Resource!.Kind == ResourceKind.Element;

    /// <summary>Each call in the function through a reference its test found set and that code of the package clears,
    /// and each read of an entry its test found present that code of the package can remove, with every such clearing.</summary>
    public static IEnumerable<ClearedReference> In(FunctionModel model) => ThroughReferences(model).Concat(OfEntries(model)).Concat(AfterEnsuring(model));

    private static IEnumerable<ClearedReference> OfEntries(FunctionModel model)
    {
        var facts = model.Package.Facts;
        foreach (var use in model.Accesses)
        {
            if (use.Effect is not { Kind: EffectKind.Read, Node: IndexExpression { Indices: [var key] } entry } || use.Resource is not { Kind: ResourceKind.Element } state
                || !facts.ReadOfMissingEntryFails(entry)) continue;
            var position = IsPosition(key);
            // Items others only append behind do not go away: only this function's one task takes them out.
            if (position && state.ReceiverField is { } field && model.Function.OwnerType is { } owner
                && model.Package.ChangesAlone(owner, field, model.Function, othersMayAppend: true)) continue;
            foreach (var guard in use.Guards)
            {
                if ((position ? PositionTest(guard, use, facts) : KeyTest(guard, use, key, facts)) is not { } check) continue;
                if (WritesOf(model, state, Emptying.Removal) is { Count: > 0 } removals)
                {
                    yield return new ClearedReference(check, guard, use, removals, ByPosition: position);
                    break;
                }
            }
        }
    }

    /// <summary>The read of the container a membership test of the use's key makes (<c>if key in self.data:</c>).</summary>
    private static Access? KeyTest(Guard guard, Access use, IrExpression key, ILanguageFacts facts) =>
        GuardShapes.Deciding(guard, use) is var (condition, whenTrue) && condition is BinaryExpression test
        && facts.IsMembershipTest(test) && whenTrue != facts.IsAbsenceTest(test) && test.Left.SourceCode == key.SourceCode
            ? EarlierRead(guard, use, test.Right)
            : null;

    /// <summary>The read of the container a test that it holds something makes, for a read at a fixed position
    /// (<c>if self.queue: return self.queue[0]</c>, <c>if len(self.queue) &gt; 0:</c>).</summary>
    private static Access? PositionTest(Guard guard, Access use, ILanguageFacts facts) =>
        GuardShapes.TestedNonEmpty(guard, use, facts) is { } tested ? EarlierRead(guard, use, tested) : null;

    // A whole number written out (0, -1): the first or last item, whatever the items are.
    private static bool IsPosition(IrExpression index) =>
        index is LiteralExpression { LiteralKind: LiteralKind.Integer } or UnaryExpression { Operator: "-", Operand: LiteralExpression { LiteralKind: LiteralKind.Integer } };

    private static IEnumerable<ClearedReference> ThroughReferences(FunctionModel model)
    {
        var facts = model.Package.Facts;
        foreach (var use in model.Accesses)
        {
            if (use.Effect is not { Kind: EffectKind.Read, Node: IrExpression reference } || use.Resource is not { Kind: ResourceKind.Field } state
                || CallThrough(reference) is null) continue;
            foreach (var guard in use.Guards)
            {
                if (SetTest(guard, use, facts) is not { } check) continue;
                if (WritesOf(model, state, Emptying.Clearing) is { Count: > 0 } clearings)
                {
                    yield return new ClearedReference(check, guard, use, clearings);
                    break;
                }
            }
        }
    }

    private static IEnumerable<ClearedReference> AfterEnsuring(FunctionModel model)
    {
        var facts = model.Package.Facts;
        // The accesses come in the order they are made: the last write of each piece of state so far.
        Dictionary<string, Access>? lastWrite = null;
        foreach (var use in model.Accesses)
        {
            if (lastWrite is not null && use.Effect is { Kind: EffectKind.Read, Node: IrExpression reference } && use.Resource is { Kind: ResourceKind.Field } state
                && lastWrite.TryGetValue(state.Key, out var set) && UseOf(reference) is not null
                && Ensuring(set, use, facts) is var (check, guard, ensure) && !use.Guards.Any(g => SetTest(g, use, facts) is not null)
                && WritesOf(model, state, Emptying.Clearing) is { Count: > 0 } clearings)
                yield return new ClearedReference(check, guard, use, clearings, ensure);
            if (use.Effect.Kind == EffectKind.Write && use.Resource is { Kind: ResourceKind.Field } written)
                (lastWrite ??= new Dictionary<string, Access>(StringComparer.Ordinal))[written.Key] = use;
        }
    }

    /// <summary>The test, its read of the reference and its if when <paramref name="set"/>, the last write of the
    /// reference before <paramref name="use"/>, is that if's setting of it when it is empty (<c>if c.conn == nil { c.conn =
    /// dial() }</c>), with no else, and the use comes after the if; null otherwise.</summary>
    private static (Access Check, Guard Guard, IfStatement Test)? Ensuring(Access set, Access use, ILanguageFacts facts)
    {
        if (set.Effect.Node.Parent is not Assignment || IsClearing(set, facts)) return null;
        foreach (var guard in set.Guards)
        {
            if (guard.Kind != GuardKind.Branch || guard.Condition.Parent is not IfStatement { Else: null } test || GuardShapes.TestedEmpty(guard, set, facts) is not { } tested
                || test.Span.EndOffset > use.Effect.Node.Span.StartOffset || !RunsBefore(test, use.Effect.Node)) continue;
            if (guard.Reads.FirstOrDefault(r => r.Effect.Node == tested && r.Resource?.Key == use.Resource!.Key) is { } check) return (check, guard, test);
        }
        return null;
    }

    /// <summary>True when <paramref name="statement"/> runs whenever <paramref name="later"/>, after it, does: it stands in
    /// a block around <paramref name="later"/>, or in the body of a scoped statement (a with, a synchronized block) that
    /// does.</summary>
    private static bool RunsBefore(IrStatement statement, IrNode later)
    {
        var around = later.Ancestors().TakeWhile(a => a is not FunctionLiteral).OfType<Block>().ToHashSet(ReferenceEqualityComparer.Instance);
        for (IrNode node = statement; node.Parent is Block block; node = block.Parent)
        {
            if (around.Contains(block)) return true;
            if (block.Parent is not WithStatement) return false;
        }
        return false;
    }

    /// <summary>The read <paramref name="guard"/> makes of the reference <paramref name="use"/> reads, when the guard lets
    /// the use run only if the reference is set (<c>if t.timer != nil { t.timer.Stop() }</c>); null otherwise.</summary>
    public static Access? SetTest(Guard guard, Access use, ILanguageFacts facts)
    {
        if (GuardShapes.Deciding(guard, use) is not var (condition, whenTrue)
            || ValueTests.Equality(condition, facts) is not var (left, right, equal) || whenTrue == equal) return null;
        var tested = ValueTests.IsEmpty(right) ? left : ValueTests.IsEmpty(left) ? right : null;
        return tested is null ? null : EarlierRead(guard, use, tested);
    }

    /// <summary>The read of the same state as <paramref name="use"/> that <paramref name="guard"/> makes at
    /// <paramref name="node"/>, before the use.</summary>
    private static Access? EarlierRead(Guard guard, Access use, IrNode node) =>
        guard.Reads.FirstOrDefault(r => r.Order < use.Order && (r.Effect.Node == node || CopiedInto(r, node)) && r.Resource?.Key == use.Resource!.Key);

    /// <summary>True when <paramref name="tested"/> is a local that holds a copy of what <paramref name="read"/> read
    /// (<c>log := c.activityLog</c>): the test speaks for the field at the copy, not at a later read of the field itself.</summary>
    private static bool CopiedInto(Access read, IrNode tested) =>
        tested is NameExpression { Name: var local } && read.Effect.Node.Parent is Assignment { Targets: [NameExpression { Name: var target }], Values: [var value] }
        && target == local && ReferenceEquals(value, read.Effect.Node);

    /// <summary>The call that goes through <paramref name="reference"/>: a method called on it (<c>t.timer.Stop()</c>) or
    /// the function value it holds, called (<c>p.cancel()</c>); null for any other use.</summary>
    public static CallExpression? CallThrough(IrExpression reference) => reference.Parent switch
    {
        MemberAccess { Parent: CallExpression call } member when ReferenceEquals(call.Callee, member) => call,
        CallExpression call when ReferenceEquals(call.Callee, reference) => call,
        _ => null,
    };

    /// <summary>What uses <paramref name="reference"/> as a reference: a call through it (<see cref="CallThrough"/>) or a
    /// return that hands it to the caller; null for any other use.</summary>
    public static IrNode? UseOf(IrExpression reference) =>
        (IrNode?)CallThrough(reference) ?? (reference.Parent as ReturnStatement);

    /// <summary>The writes of <paramref name="state"/> that empty it in the way <paramref name="emptying"/> names, each the
    /// first in a function of the package that may run beside this one (a method of the same type for the receiver's
    /// state, any function for a top-level variable; no constructor; this function too, whose other copy can clear what
    /// this one tested: <c>if c.conn != nil { c.conn.Close(); c.conn = nil }</c>). They are found once per package for
    /// each piece of state: every use of it in every function asks.</summary>
    private static IReadOnlyList<(Access Write, FunctionDecl Function)> WritesOf(FunctionModel model, Resource state, Emptying emptying)
    {
        var package = model.Package;
        var owner = state.IsReceiverState ? model.Function.OwnerType : null;
        return Found.GetValue(package, _ => new()).GetOrAdd((state.Key, owner, emptying), _ =>
        {
            var clearings = new List<(Access, FunctionDecl)>();
            foreach (var function in StateReach.FunctionsReaching(model, state))
            {
                if (package.Facts.IsConstructor(function)) continue;
                var write = package.ModelOf(function).Accesses.FirstOrDefault(a => a.Resource?.Key == state.Key && Empties(a, emptying, package.Facts));
                if (write is not null) clearings.Add((write, function));
            }
            return clearings;
        });
    }

    /// <summary>How a write empties state: it gives a field an empty value, or removes entries of a container.</summary>
    private enum Emptying
    {
        Clearing,
        Removal,
    }

    private static bool Empties(Access write, Emptying emptying, ILanguageFacts facts) => emptying == Emptying.Removal
        ? write.Effect is { Kind: EffectKind.Write, Removes: true } && write.Resource!.Kind == ResourceKind.Element
        : IsClearing(write, facts);

    /// <summary>An assignment that gives the field an empty value, unless only when a test found it empty already
    /// (<c>if not self.items: self.items = []</c>), which clears nothing that was set.</summary>
    private static bool IsClearing(Access write, ILanguageFacts facts) =>
        write.Effect is { Kind: EffectKind.Write, Node: IrExpression target } && write.Resource!.Kind == ResourceKind.Field
        && target.Parent is Assignment assignment && StoredValues.Of(write) is { } value && ValueTests.IsEmpty(value) && assignment.Targets.Contains(target)
        && !write.Guards.Any(g => GuardShapes.TestedEmpty(g, write, facts) is { } tested && g.Reads.Any(r => r.Effect.Node == tested && r.Resource?.Key == write.Resource.Key));
}
