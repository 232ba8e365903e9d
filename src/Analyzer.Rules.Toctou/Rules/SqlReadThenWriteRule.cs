using Analyzer.Core.Ir;
using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;
using Analyzer.Rules.Toctou.Analysis;

namespace Analyzer.Rules.Toctou.Rules;

/// <summary>TOCTOU003: a SELECT without a row lock decides an INSERT, UPDATE or DELETE of the same table, or loads a row
/// whose field the function computes from its old value and writes back (a lost update).</summary>
public sealed class SqlReadThenWriteRule : ExternalResourceCheckThenActRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => ToctouDescriptors.SqlReadThenWrite;

    /// <inheritdoc />
    protected override ResourceKind Kind => ResourceKind.SqlTable;

    /// <inheritdoc />
    protected override FixKind Fix => FixKind.RowLockOrUpsert;

    /// <summary>A write of the table a lookup loaded a row of, after a field of that row was computed from its own old
    /// value (<c>counter = Counter.objects.get(pk=pk); counter.hits += 1; counter.save()</c>, or a session's commit
    /// after <c>account.balance = account.balance + n</c>): another transaction's change of that field in between is
    /// overwritten. A write that only replaces fields (<c>p.name = name</c>) depends on nothing the lookup read.</summary>
    private protected override IEnumerable<CheckActPair> UnguardedPairs(FunctionModel model) =>
        from act in model.Accesses
        where act.Effect.Kind == EffectKind.Write && act.Resource?.Kind == ResourceKind.SqlTable
        from check in model.Accesses
        where check.Order < act.Order && check.Effect.Kind == EffectKind.Read && check.Resource?.Kind == ResourceKind.SqlTable && check.Resource.Key == act.Resource!.Key
        let pair = new CheckActPair(check, null, act)
        where RecomputedField(pair) is not null
        select pair;

    private protected override bool MayPairUnguarded(FunctionDecl function, ILanguageFacts facts) =>
        function.Body?.DescendantsAndSelf().OfType<Assignment>().Any(a => RecomputedMember(a) is not null) == true;

    private protected override string Message(FunctionModel model, Access check, IReadOnlyList<Access> acts)
    {
        var verbs = string.Join(" / ", acts.Select(a => a.Effect.Detail ?? "write").Distinct());
        var transaction = acts[0].Transaction is { } t ? $" inside `{Quote(t)}` (line {t.Span.StartLine}), which locks no rows" : string.Empty;
        if (acts[0].Guards.Count == 0 && RecomputedField(new CheckActPair(check, null, acts[0])) is { } recomputed)
            return $"the {verbs} at line {Lines(acts)}{transaction} writes back the row the SELECT on {check.Resource!.Display} at line {check.Effect.Node.Span.StartLine} loaded, " +
                   $"with {recomputed.Targets[0].SourceCode} computed from its old value at line {recomputed.Span.StartLine}; without FOR UPDATE or an update in the database " +
                   "(an expression of the column), another transaction's change of the row in between is lost";
        return Descriptor.FormatMessage(check.Resource!.Display, check.Effect.Node.Span.StartLine, verbs, Lines(acts), transaction);
    }

    /// <summary>The assignment between the check and the act that computes a field of the instance the check's result
    /// was assigned to from that field's old value; null when there is none.</summary>
    private static Assignment? RecomputedField(CheckActPair pair)
    {
        var check = pair.Check.Effect.Node;
        if (check.Ancestors().OfType<Assignment>().FirstOrDefault() is not { Targets: [NameExpression { Name: var instance }] } loaded
            || !loaded.Values.Any(v => v.Span.Contains(check.Span)) || pair.Check.Effect.Node.EnclosingFunction() is not { Body: { } body }) return null;
        var (after, before) = (loaded.Span.EndOffset, pair.Act.Effect.Node.Span.StartOffset);
        return body.DescendantsAndSelf().OfType<Assignment>()
            .FirstOrDefault(a => a.Span.StartOffset >= after && a.Span.EndOffset <= before && RecomputedMember(a) is { Target: NameExpression { Name: var name } } && name == instance);
    }

    /// <summary>The member an assignment computes from its own old value (<c>c.hits += 1</c>, <c>c.total = c.total + n</c>);
    /// null for any other assignment.</summary>
    private static MemberAccess? RecomputedMember(Assignment assignment) =>
        assignment.Targets is [MemberAccess { Target: NameExpression { Name: var instance }, Member: var field } target]
        && (assignment.IsAugmented || assignment.Values.Any(v => v.DescendantsAndSelf().OfType<MemberAccess>()
            .Any(m => m.Member == field && m.Target is NameExpression { Name: var other } && other == instance)))
            ? target
            : null;
}
