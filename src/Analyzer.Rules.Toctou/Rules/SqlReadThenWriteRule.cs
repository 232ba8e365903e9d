using Analyzer.Core.Ir;
using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;
using Analyzer.Core.Semantics.Sql;
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

    /// <summary>A lost update: a write of a row after a field of it was computed from its own old value. The row is one
    /// a lookup loaded into a local (<c>counter = Counter.objects.get(pk=pk); counter.hits += 1; counter.save()</c>, or a
    /// session's commit after <c>account.balance = account.balance + n</c>), and the check is that lookup; or it is the
    /// one the method's own object holds (<c>self.num_orders += 1; self.save()</c> in a model class), loaded before the
    /// call, and the check is the read of its field. Another transaction's change of that field in between is
    /// overwritten. A write that only replaces fields (<c>p.name = name</c>) depends on nothing the lookup read.</summary>
    private protected override IEnumerable<CheckActPair> UnguardedPairs(FunctionModel model)
    {
        foreach (var act in model.Accesses.Where(a => a.Effect.Kind == EffectKind.Write && a.Resource?.Kind == ResourceKind.SqlTable))
        {
            var lookups = model.Accesses.Where(c => c.Order < act.Order && c.Effect.Kind == EffectKind.Read && c.Resource?.Kind == ResourceKind.SqlTable
                                                    && c.Resource.Key == act.Resource!.Key && RecomputedAfterLookup(model, c, act) is not null).ToList();
            foreach (var lookup in lookups) yield return new CheckActPair(lookup, null, act);
            if (lookups.Count == 0 && RecomputedOnOwnRow(model, act) is var (_, recomputed)
                && model.Accesses.FirstOrDefault(a => a.Resource is not null && recomputed.Span.Contains(a.Effect.Node.Span)) is { } fieldRead)
                yield return new CheckActPair(fieldRead, null, act);
        }
    }

    /// <summary>A lock a call hands back held (<c>with self.exclusive_lock():</c>, <c>with repo.lock():</c>) may be taken
    /// through a lock file, which keeps the program's other runs off the table too; a lock object of the program keeps
    /// out only its own threads, and the other processes that share the database are not among them. Nor does a lock for
    /// a key the query does not name (<see cref="HeldLock.IsKeyedApartFrom"/>). The database's own lock, taken by a
    /// statement (<see cref="DatabaseLockStatement"/>), keeps every connection out.</summary>
    private protected override bool ExcludesOthers(FunctionModel model, HeldLock held, Access check) =>
        held.Name == DatabaseLockStatement.LockName || LockNames.IsReturnedByCall(held.Name) && !held.IsKeyedApartFrom(check.Effect.Node, model.Package.Facts);

    /// <summary>A row the transaction locked before the check (<c>task = Task.objects.select_for_update().get(pk=pk)</c>,
    /// then a count of the task's jobs and an insert of one): every transaction that locks that row first waits for this
    /// one to commit, so the check and the act run as one step for them. Locking a parent row to serialize its children
    /// is the usual way to guard a count or an insert that no row yet exists to lock. Locking the rows of the table the
    /// act inserts into does not: it locks only rows that are there, and the row the insert adds was not (<c>SELECT …
    /// FROM locks WHERE id IN (…) FOR UPDATE</c>, then an insert of each id it found missing).</summary>
    private protected override bool SerializedBefore(FunctionModel model, CheckActPair pair) =>
        LocksBefore(model, pair.Check, pair.Act).Any(a => !IsInsertInto(pair.Act, a));

    /// <summary>A read that locked rows of the table the act inserts into, in the same transaction before the check.</summary>
    private static Access? OwnTableLock(FunctionModel model, Access check, Access act) =>
        LocksBefore(model, check, act).FirstOrDefault(a => IsInsertInto(act, a));

    // The reads that locked rows before the check, in the transaction both the check and the act run in.
    private static IEnumerable<Access> LocksBefore(FunctionModel model, Access check, Access act) =>
        act.Transaction is { } transaction && ReferenceEquals(check.Transaction, transaction)
            ? model.Accesses.Where(a => a.Effect.LocksRows && a.Order < check.Order && ReferenceEquals(a.Transaction, transaction))
            : [];

    // The act adds a row (what the frontends call an INSERT) to the table the locking read locked rows of.
    private static bool IsInsertInto(Access act, Access locking) => act.Effect.Detail == "INSERT" && locking.Resource?.Key == act.Resource!.Key;

    /// <summary>A write made in a <c>try</c> whose handler catches the store's failure and writes the table again (<c>try:
    /// PageHit.objects.create(…)</c>, <c>except IntegrityError: update()</c>), and that write in the handler: the row
    /// another transaction made in between is found by the unique constraint and updated instead. Or the handler reads
    /// the table again (<c>except IntegrityError: instance = session.query(model).filter_by(**kwargs).first()</c>): the
    /// row the other transaction made is taken as it is. So is an insert staged on an object (<c>db.add(row)</c>) that a
    /// later call on that object sends inside such a <c>try</c> (<c>try: db.commit()</c>).</summary>
    private protected override bool ToleratesLostRace(FunctionModel model, CheckActPair pair) =>
        pair.Act.Effect.Node.Ancestors().Any(node => node switch
        {
            TryStatement attempt => attempt.Body.Span.Contains(pair.Act.Effect.Node.Span)
                                    && (HandlesLostWrite(model, attempt, pair.Act) || AnswersAsTheRefusal(model, attempt, pair)),
            ExceptHandler handler => handler.Parent is TryStatement attempt && Retries(model, handler, attempt.Body, pair.Act, EffectKind.Write),
            _ => false,
        })
        || StagedOn(pair.Act) is { } stager && model.Function.Body is { } body && body.DescendantsAndSelf().OfType<TryStatement>().Any(attempt =>
            attempt.Span.StartOffset > pair.Act.Effect.Node.Span.EndOffset && HandlesLostWrite(model, attempt, pair.Act)
            && attempt.Body.DescendantsAndSelf().OfType<CallExpression>().Any(call => call is { Callee: MemberAccess { Target: var target }, Arguments.Count: 0 } && target.SourceCode == stager));

    /// <summary>A handler of the try catches only the duplicate row (<c>except IntegrityError:</c>) and does what the
    /// check's refusal does, statement for statement (<c>return JsonResponse({"error": "Already registered"},
    /// status=409)</c> in both): a caller that lost the race gets the answer it would have got had it come second. A
    /// handler of any database error (<c>except DatabaseError: return False</c>) hides more than the collision and
    /// does not count.</summary>
    private static bool AnswersAsTheRefusal(FunctionModel model, TryStatement attempt, CheckActPair pair) =>
        Refusal(pair) is { } refusal
        && attempt.Handlers.Any(h => model.Package.Facts.CatchesDuplicateRow(h) && SameStatements(h.Body, refusal));

    private static bool SameStatements(Block one, Block other) =>
        one.Statements.Count > 0 && one.Statements.Count == other.Statements.Count
        && one.Statements.Zip(other.Statements).All(p => Normalized(p.First.SourceCode) == Normalized(p.Second.SourceCode));

    // Line breaks and indentation aside: a statement written over two lines is the same statement.
    private static string Normalized(string code) => string.Join(' ', code.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // A handler of the try catches the store's failure and writes or reads the table again.
    private static bool HandlesLostWrite(FunctionModel model, TryStatement attempt, Access act) =>
        attempt.Handlers.Any(h => Retries(model, h, h.Body, act, EffectKind.Write) || Retries(model, h, h.Body, act, EffectKind.Read));

    // The object a write is made through when the write only stages the row on it (session.add(row)): a later call on
    // the same object in a try that hands it nothing (session.commit()) sends it, so that try's handlers meet the lost
    // race.
    private static string? StagedOn(Access act) =>
        act.Effect is { Detail: "INSERT", Node: CallExpression { Callee: MemberAccess { Target: var stager } } } ? stager.SourceCode : null;

    // The handler catches the store's failure, and the other part of the try writes (or, for the handler, reads) the
    // same table.
    private static bool Retries(FunctionModel model, ExceptHandler handler, Block other, Access act, EffectKind kind) =>
        model.Package.Facts.CatchesStoreFailure(handler)
        && model.Accesses.Any(w => w.Effect.Kind == kind && w.Resource?.Key == act.Resource!.Key && other.Span.Contains(w.Effect.Node.Span));

    /// <summary>A loop over the rows a query read decides which rows it writes, but a write of each row with values that
    /// do not come from its old ones (a data migration setting a column) loses nothing the query read: only a lost
    /// update counts there.</summary>
    private protected override bool Decides(FunctionModel model, CheckActPair pair) =>
        pair.Guard is not { Kind: GuardKind.Iteration, Condition: var rows } || !ReferenceEquals(rows, pair.Check.Effect.Node)
        || RecomputedAfterLookup(model, pair.Check, pair.Act) is not null;

    private protected override bool MayPairUnguarded(FunctionDecl function, ILanguageFacts facts) =>
        function.Body?.DescendantsAndSelf().OfType<Assignment>().Any(a => RecomputedMember(a) is not null) == true;

    private protected override string Message(FunctionModel model, Access check, IReadOnlyList<Access> acts)
    {
        var verbs = string.Join(" / ", acts.Select(a => a.Effect.Detail ?? "write").Distinct());
        var transaction = acts[0].Transaction is { } t ? $" inside `{Quote(t)}` (line {t.Span.StartLine}), which locks no rows" : string.Empty;
        if (OwnTableLock(model, check, acts[0]) is { } locked)
            transaction += $", and whose FOR UPDATE at line {locked.Effect.Node.Span.StartLine} locks only the rows of {locked.Resource!.Display} that are there, not the one the INSERT adds";
        if (check.CommonExclusiveLocks(acts[0]).FirstOrDefault(held => held.IsKeyedApartFrom(check.Effect.Node, model.Package.Facts)) is { } keyed)
            transaction += $", and the lock {keyed.NameIn(model.Function)} taken at {keyed.Where} is one per key, which the SELECT does not name";
        var read = check.Resource!;
        const string Lost = "without FOR UPDATE or an update in the database (an expression of the column), another transaction's change of the row in between is lost";
        if (acts[0].Guards.Count == 0 && read.Kind != ResourceKind.SqlTable && RecomputedOnOwnRow(model, acts[0]) is var (own, fromLoaded))
            return $"the {verbs} at line {Lines(acts)}{transaction} writes back the row {own} holds, with {fromLoaded.Targets[0].SourceCode} computed at line " +
                   $"{fromLoaded.Span.StartLine} from the value loaded before {model.Function.Name} was called; {Lost}";
        if (RecomputedAfterLookup(model, check, acts[0]) is { } recomputed
            && acts[0].Guards.All(g => g.Kind == GuardKind.Iteration && ReferenceEquals(g.Condition, check.Effect.Node)))
            return $"the {verbs} at line {Lines(acts)}{transaction} writes back the row the SELECT on {read.Display} at line {check.Effect.Node.Span.StartLine} loaded, " +
                   $"with {recomputed.Targets[0].SourceCode} computed from its old value at line {recomputed.Span.StartLine}; {Lost}";
        if (CountsOwnWrite(model, check))
            return $"the rows the UPDATE of {read.Display} at line {check.Effect.Node.Span.StartLine} matched decide the {verbs} at line {Lines(acts)}{transaction}; " +
                   "without an upsert, another transaction can insert or change the row in between";
        return Descriptor.FormatMessage(read.Display, check.Effect.Node.Span.StartLine, verbs, Lines(acts), transaction);
    }

    /// <summary>True when the check is what a write of the table answers (the rows an UPDATE matched): the same call is
    /// the write.</summary>
    private static bool CountsOwnWrite(FunctionModel model, Access check) =>
        model.Accesses.Any(write => write.Effect.Kind == EffectKind.Write && ReferenceEquals(write.Effect.Node, check.Effect.Node));

    /// <summary>The assignment that computes a field of the row <paramref name="lookup"/> loaded from its old value before
    /// <paramref name="act"/>; null when there is none.</summary>
    private static Assignment? RecomputedAfterLookup(FunctionModel model, Access lookup, Access act) =>
        LoadedInto(lookup) is var (instance, after) ? Recomputed(model, instance, after, act) : null;

    /// <summary>For a write made by a call on the method's own object (<c>self.save()</c>), that object's name and the
    /// assignment before it that computes a field of it from its old value; null otherwise.</summary>
    private static (string Own, Assignment Recomputed)? RecomputedOnOwnRow(FunctionModel model, Access act) =>
        act.Effect.Node is CallExpression { Callee: MemberAccess { Target: NameExpression { Name: var own } } }
        && own == model.Function.ReceiverName && Recomputed(model, own, 0, act) is { } recomputed
            ? (own, recomputed)
            : null;

    /// <summary>The local a lookup's row is held in, and where the code after the lookup starts: the local its result is
    /// assigned to, or the variable of a loop over its rows; null when there is none.</summary>
    private static (string Instance, int After)? LoadedInto(Access lookup)
    {
        var node = lookup.Effect.Node;
        if (node.Parent is LoopStatement { Targets: [NameExpression { Name: var row }], Iterable: var rows, Body: var body } && ReferenceEquals(rows, node))
            return (row, body.Span.StartOffset);
        return node.Ancestors().OfType<Assignment>().FirstOrDefault() is { Targets: [NameExpression { Name: var instance }] } loaded
               && loaded.Values.Any(v => v.Span.Contains(node.Span))
            ? (instance, loaded.Span.EndOffset)
            : null;
    }

    /// <summary>The assignment after <paramref name="from"/> and before the act that computes a field of
    /// <paramref name="instance"/> from that field's old value; null when there is none.</summary>
    private static Assignment? Recomputed(FunctionModel model, string instance, int from, Access act) =>
        model.Function.Body?.DescendantsAndSelf().OfType<Assignment>()
            .FirstOrDefault(a => a.Span.StartOffset >= from && a.Span.EndOffset <= act.Effect.Node.Span.StartOffset
                                 && RecomputedMember(a) is { Target: NameExpression { Name: var name } } && name == instance);

    /// <summary>The member an assignment computes from its own old value (<c>c.hits += 1</c>, <c>c.total = c.total + n</c>);
    /// null for any other assignment.</summary>
    private static MemberAccess? RecomputedMember(Assignment assignment) =>
        assignment.Targets is [MemberAccess { Target: NameExpression { Name: var instance }, Member: var field } target]
        && (assignment.IsAugmented || assignment.Values.Any(v => v.DescendantsAndSelf().OfType<MemberAccess>()
            .Any(m => m.Member == field && m.Target is NameExpression { Name: var other } && other == instance)))
            ? target
            : null;
}
