using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;
using Analyzer.Rules.Toctou.Analysis;

namespace Analyzer.Rules.Toctou.Rules;

/// <summary>
/// The shape the SQL, file-system and cache rules share: a read of a resource that other processes share decides a
/// write of it. A lock of ours does not keep other processes off such a resource, so locks do not matter unless the
/// rule says one does (<see cref="ExcludesOthers"/>); atomic operations (FOR UPDATE, upserts, exclusive
/// create, cache add) are not reads and writes but check-and-act effects, so they never pair.
/// </summary>
public abstract class ExternalResourceCheckThenActRule : ToctouRule
{
    /// <summary>The kind of resource the rule is about.</summary>
    protected abstract ResourceKind Kind { get; }

    /// <summary>The fix the language gives for this kind.</summary>
    protected abstract FixKind Fix { get; }

    /// <summary>True when <paramref name="held"/>, held from <paramref name="check"/> to the act, keeps every other actor
    /// on the resource out (by default: no lock does).</summary>
    private protected virtual bool ExcludesOthers(FunctionModel model, HeldLock held, Access check) => false;

    /// <summary>True when the code around the act handles the failure a lost race causes (by default: nothing does).</summary>
    private protected virtual bool ToleratesLostRace(FunctionModel model, CheckActPair pair) => false;

    /// <summary>The refusal the check makes: the branch of the guard's if that the act is not in (for an early exit, the
    /// branch that leaves); null when no if decides the act or that branch is missing.</summary>
    private protected static Block? Refusal(CheckActPair pair) =>
        pair.Guard is { Kind: not GuardKind.Iteration, Condition: IrExpression { Parent: IfStatement @if } }
            ? (@if.Then.Span.Contains(pair.Act.Effect.Node.Span) ? @if.Else as Block : @if.Then)
            : null;

    /// <summary>True when something taken before the check keeps every other actor that would make the act waits until
    /// the act is done (by default: nothing does).</summary>
    private protected virtual bool SerializedBefore(FunctionModel model, CheckActPair pair) => false;

    /// <summary>True when the pair's check decides its act as the rule means it (by default every pair does).</summary>
    private protected virtual bool Decides(FunctionModel model, CheckActPair pair) => true;

    /// <summary>True when the resource the check reads is the function's own, which no other actor can know (by
    /// default: none is).</summary>
    private protected virtual bool IsOwnResource(FunctionModel model, Access check) => false;

    /// <summary>Pairs no guard links: an act on what a check returned (by default: none).</summary>
    private protected virtual IEnumerable<CheckActPair> UnguardedPairs(FunctionModel model) => [];

    /// <summary>True when <see cref="UnguardedPairs"/> can find one in <paramref name="function"/>, known from its syntax
    /// (by default: never).</summary>
    private protected virtual bool MayPairUnguarded(FunctionDecl function, ILanguageFacts facts) => false;

    /// <summary>What a related location says the check does: "os.path.exists p", "SELECT orders".</summary>
    private protected virtual string CheckLabel(Access check) =>
        check.Effect.Detail is { } detail && detail.EndsWith(" " + check.Resource!.Display, StringComparison.Ordinal) ? detail : $"{check.Effect.Detail ?? "reads"} {check.Resource!.Display}";

    /// <summary>The finding's message for a check and the acts it decides.</summary>
    private protected abstract string Message(FunctionModel model, Access check, IReadOnlyList<Access> acts);

    /// <inheritdoc />
    protected override void Analyze(FunctionAnalysisContext context)
    {
        // Most functions of a program decide nothing: they are left before their model is built.
        if (!context.Package.CanHaveGuards(context.Function) && !MayPairUnguarded(context.Function, context.Package.Facts)) return;
        var model = context.Model;
        // A called method that checks the resource itself before acting on it decides its own act; a race there is
        // reported in that method.
        var candidates = CheckActPairs.Guarded(model, r => r.Kind == Kind).Concat(UnguardedPairs(model)).Where(p => Decides(model, p) && !ToleratesLostRace(model, p) && !p.Act.Effect.DecidedInCallee && !IsOwnResource(model, p.Check) && !SerializedBefore(model, p)).ToList();
        // Under a lock that keeps others off the resource, a check and the act it decides are one step, and an earlier
        // check the act is decided by again under that lock (double-checked) is only a fast path.
        var settled = candidates.Where(p => p.Check.CommonExclusiveLocks(p.Act).Any(held => ExcludesOthers(model, held, p.Check))).Select(p => (p.Act, p.Check.Resource!.Key)).ToHashSet();
        var pairs = candidates.Where(p => !settled.Contains((p.Act, p.Check.Resource!.Key)));
        foreach (var sameAct in CheckActPairs.ByFirstAct(pairs))
        {
            var group = sameAct.First();
            var check = group.Key;
            var acts = group.Select(p => p.Act).Distinct().OrderBy(a => a.Order).ToList();
            var builder = new FindingBuilder(Descriptor, model)
                .Add(LocationRole.Check, check.Effect.Node, CheckLabel(check));
            foreach (var later in sameAct.Skip(1))
                builder.Add(LocationRole.Check, later.Key.Effect.Node, $"{CheckLabel(later.Key)} again");
            builder.AddGuards(group);
            if (acts[0].Transaction is { } transaction)
                builder.Add(LocationRole.Transaction, transaction, $"`{Quote(transaction)}` starts a transaction; at the default isolation level it locks no rows the SELECT read");
            AddOtherActs(builder, acts);
            builder.AddEvidence(acts)
                .Facts(f => f with { Check = check.Effect.Detail ?? "read", Acts = acts.Select(a => new ActSite(a.Effect.Detail ?? "write", a.Effect.Node.Span.StartLine)).ToList() });
            context.Report(builder.Build(acts[0].Effect.Node, Message(model, check, acts), FixAdvice.For(Fix, model.Package.Language)));
        }
    }
}
