using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;
using Analyzer.Rules.Toctou.Analysis;

namespace Analyzer.Rules.Toctou.Rules;

/// <summary>
/// TOCTOU002: decisions on data from an external store — which locks inside each call if at all — acted
/// on later: a lookup then a dependent mutation of the store; a listing of keys then per-key lookups; an object read
/// from the store and queued after a check of our own state.
/// </summary>
public sealed class ExternalStoreCheckThenActRule : ToctouRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => ToctouDescriptors.ExternalStore;

    /// <inheritdoc />
    protected override void Analyze(FunctionAnalysisContext context)
    {
        // A listing then lookups of what it listed needs no guard; every other finding here is decided by one. A function
        // with neither is left before its model is built: most functions of a program are such.
        if (!context.Package.CanHaveGuards(context.Function) && context.Function.Body?.DescendantsAndSelf().Any(IsListingCall) != true) return;
        var model = context.Model;
        // Every finding here reads a store outside the program.
        if (!model.Accesses.Any(a => a.Resource?.Kind == ResourceKind.ExternalStore)) return;
        // Runs where another thread can come in: the type locks, or the function (or a caller) is started in parallel, or
        // it serves requests, itself or in a handler it writes as a literal. A store outside the program is shared by
        // whoever else uses it, so a lookup that decides a change of the same entry, in a function other code can call,
        // needs no more.
        var concurrent = IsConcurrent(model) || SpawnEvidence.Of(model).Count > 0 || model.Package.HandlerServing(model.Function) is not null
                         || model.ServesInLiterals || SpawnEvidence.ThroughCaller(model) is not null;
        if (!concurrent && !OpenToOtherCode(model)) return;
        var findings = concurrent ? LookupThenMutate(model, anyEntry: true).Concat(ListThenLookup(model)).Concat(StaleObject(model)) : LookupThenMutate(model, anyEntry: false);
        foreach (var finding in findings)
            context.Report(finding);
    }

    /// <summary>True when a failed change makes the same lookup again to see what became of the entry: the branch that
    /// tests the change's result right after it (<c>err := s.MakeBucket(b); if err != nil { if ok, _ := s.BucketExists(b);
    /// !ok { … } }</c>, also <c>if err := s.MakeBucket(b); err != nil { … }</c>), or a handler of the try the change is
    /// made in. Another writer that came first is then taken as it is.</summary>
    private static bool LooksAgainWhenItFails(Access check, Access act)
    {
        if (check.Effect.Node is not CallExpression lookup || act.Effect.Node is not CallExpression change) return false;
        bool Repeats(IrNode branch) => branch.DescendantsAndSelf().OfType<CallExpression>().Any(c => !ReferenceEquals(c, lookup) && c.SourceCode == lookup.SourceCode);
        var statement = change.Ancestors().OfType<IrStatement>().FirstOrDefault();
        var result = statement is Assignment { Targets: [NameExpression { Name: var named }, ..] } ? named : null;
        var next = statement?.Parent is IfStatement { Init: var init } owner && ReferenceEquals(init, statement) ? owner : statement?.FollowingInBlock().FirstOrDefault();
        return next is IfStatement test && result is not null && test.Condition.DescendantsAndSelf().OfType<NameExpression>().Any(n => n.Name == result) && Repeats(test.Then)
               || change.Ancestors().OfType<TryStatement>().Any(t => t.Body.Span.Contains(change.Span) && t.Handlers.Any(Repeats));
    }

    /// <summary>True when code outside the package can call the function, itself or through a caller of the package that
    /// it can call (an exported Prepare that calls createEmptyBucket).</summary>
    private static bool OpenToOtherCode(FunctionModel model) =>
        model.Package.Facts.IsVisibleOutsidePackage(model.Function)
        || model.Package.CallSitesReaching(model.Function).Any(site => model.Package.Facts.IsVisibleOutsidePackage(site.Caller) && !model.Package.IsTestCode(site.Caller));

    /// <summary>Lookups that decide a change of the store. Without evidence that the function runs beside other code
    /// (<paramref name="anyEntry"/> false), only a lookup and an insert or update of one key, each a call on a store
    /// the field declares by its type (<c>refs.GetBranch(ctx, repo, id)</c> … <c>refs.SetBranch(ctx, repo, id, b)</c>),
    /// count: the store is shared with whoever else uses it, and that pair is a get-or-create on it. Removing what a
    /// lookup found is not one: removing it twice changes nothing.</summary>
    private IEnumerable<Finding> LookupThenMutate(FunctionModel model, bool anyEntry)
    {
        // A lookup is a call, on the store or into a helper that makes one; a test of the store itself (node := s.node;
        // if node != nil { node.Delete() }) asks only which store there is, and the act goes to the one it found.
        var candidates = CheckActPairs.Guarded(model, r => r.Kind == ResourceKind.ExternalStore)
            .Where(p => p.Check.Effect.Node is CallExpression && ChangesLookedUpEntry(model, p.Check, p.Act) && (anyEntry || SameEntryOnStore(model, p.Check, p.Act))
                        && !LooksAgainWhenItFails(p.Check, p.Act) && !KeyClaim.Holds(model, p)).ToList();
        // A change that a lookup under a lock keeping the store still decides again (double-checked through a mutex or a
        // singleflight group) is safe, whatever an earlier lookup said.
        var settled = candidates.Where(p => KeptStill(model, p.Check, p.Act)).Select(p => p.Act).ToHashSet();
        var pairs = candidates.Where(p => !settled.Contains(p.Act));
        foreach (var sameAct in CheckActPairs.ByFirstAct(pairs))
        {
            var group = sameAct.First();
            var check = group.Key;
            var acts = group.Select(p => p.Act).Distinct().OrderBy(a => a.Order).ToList();
            var store = check.Resource!;
            var builder = Builder(model, check, acts, $"looks {store.Display} up").Facts(f => f with { StoreShape = StoreRaceShape.LookupThenMutate });
            foreach (var later in sameAct.Skip(1))
                builder.Add(LocationRole.Check, later.Key.Effect.Node, $"looks {store.Display} up again");
            var lookup = IsCallOn(model, check, store)
                ? $"{Call(check)} on {Short(store)} at line {Line(check)}"
                : $"{Call(check)} at line {Line(check)}, which looks {Short(store)} up inside,";
            var change = IsCallOn(model, acts[0], store)
                ? $"{Call(acts[0])} on the same store at line {Lines(acts)}"
                : $"{Call(acts[0])} at line {Lines(acts)}, which changes the same store inside";
            var taken = acts[0].Held.FirstOrDefault(h => h.Origin == LockOrigin.Acquired && !check.Held.Any(c => c.Instance == h.Instance));
            var race = taken is not null
                ? $"the lookup runs before {taken.NameIn(model.Function)} is taken at {taken.Where}, so two callers can both find the entry missing or stale and both change it"
                : Race(model, acts[0], "a writer that runs between the two calls can change the entry");
            var message = $"{lookup} decides {change}; the lookup and the change are separate calls on the store, and {race}";
            yield return builder.Build(acts[0].Effect.Node, message, FixAdvice.For(FixKind.AtomicStoreOperation, model.Package.Language));
        }
    }

    private IEnumerable<Finding> ListThenLookup(FunctionModel model)
    {
        var lookups = model.Accesses.Where(a => a.Effect.Kind == EffectKind.Read && a.Resource is { Kind: ResourceKind.ExternalStore } && !IsListing(a));
        var pairs = lookups.SelectMany(lookup => lookup.Sources
                .Where(s => s.Resource is { Kind: ResourceKind.ExternalStore } r && r.Key == lookup.Resource!.Key && IsListing(s))
                .Select(listing => new CheckActPair(listing, null, lookup)))
            .Where(p => !KeptStill(model, p.Check, p.Act));
        foreach (var group in CheckActPairs.ByCheck(pairs))
        {
            var listing = group.Key;
            var acts = group.Select(p => p.Act).Distinct().OrderBy(a => a.Order).ToList();
            var store = listing.Resource!;
            var builder = Builder(model, listing, acts, $"lists the keys of {store.Display}")
                .Facts(f => f with { StoreShape = StoreRaceShape.ListThenLookup, Lookup = new StoreLookup(Call(listing), Call(acts[0]), IsCallOn(model, acts[0], store)) });
            foreach (var use in Dependents(model, acts))
                builder.Add(LocationRole.Act, use.Effect.Node, $"acts on the per-key result: {Quote(use.Effect.Node)}");
            var message = $"keys listed from {Short(store)} by {Call(listing)} at line {Line(listing)} are looked up one by one by {Call(acts[0])} at line {Lines(acts)}; " +
                          Race(model, acts[0], "a writer that runs between the listing and a lookup can delete or replace the key, and the lookup then sees a different state than the listing");
            yield return builder.Build(acts[0].Effect.Node, message, FixAdvice.For(FixKind.SnapshotStore, model.Package.Language));
        }
    }

    private IEnumerable<Finding> StaleObject(FunctionModel model)
    {
        // A field that holds a store, given another (a client made on first use), is the reference, not state the
        // store's object is put in.
        var ownChecks = CheckActPairs.Guarded(model, r => r.Kind is ResourceKind.Field or ResourceKind.Element)
            .Where(p => p.Act.Effect.Node is not IrExpression written || model.Scope.ResourceOf(written) is not { Kind: ResourceKind.ExternalStore })
            .GroupBy(p => p.Act).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var (act, pairs) in ownChecks.OrderBy(p => p.Key.Order))
        {
            var read = act.Sources.FirstOrDefault(s => s.Effect.Kind == EffectKind.Read && s.Resource is { Kind: ResourceKind.ExternalStore } && !IsListing(s) && !OnlyNamesTheEntry(s, act));
            if (read is null || KeptStill(model, read, act)) continue;
            // The check has to come after the read: it is what the act trusts the object by. An object read after the
            // check (a miss, then a load to fill it) is as fresh as the store can give.
            if (pairs.FirstOrDefault(p => p.Check.Order > read.Order) is not { } ownCheck) continue;
            var store = read.Resource!;
            var check = ownCheck.Check;
            var builder = new FindingBuilder(Descriptor, model)
                .Add(LocationRole.Check, check.Effect.Node, $"checks our own {check.Resource!.Display}")
                .Add(LocationRole.Read, read.Effect.Node, $"reads the object from {store.Display}")
                .AddLocks(act, $"it protects our own state, and {Short(store)} only if every writer of the store takes it too")
                .Facts(f => f with { StoreShape = StoreRaceShape.StaleObject, ReadCall = Call(read) });
            builder.AddGuards([ownCheck]);
            builder.AddEvidence([act]);
            var message = $"the object read from {Short(store)} by {Call(read)} at line {Line(read)} is acted on by {Quote(act.Effect.Node)} at line {Line(act)} " +
                          $"after checking {check.Resource.Display} at line {Line(check)}; {Race(model, act, $"a writer that runs after {Call(read)} returns can change the store, and a stale object is then acted on")}";
            yield return builder.Build(act.Effect.Node, message, FixAdvice.For(FixKind.AtomicStoreOperation, model.Package.Language));
        }
    }

    /// <summary>True when what the store answered (<c>key := im.provider.GetKey(pc)</c>) goes into the act only as the key
    /// of the entry it writes (<c>im.cache[key] = item</c>): it names our own entry; no object of the store's is kept.</summary>
    private static bool OnlyNamesTheEntry(Access read, Access act) =>
        read.Effect.Node.Parent is Assignment { Targets: [NameExpression { Name: var local }] }
        && act.Effect.Node is IndexExpression { Parent: Assignment assignment } written && assignment.Targets.Contains(written)
        && written.Indices.Any(i => Mentions(i, local)) && !assignment.Values.Any(v => Mentions(v, local));

    private static bool Mentions(IrNode node, string local) => node.DescendantsAndSelf().OfType<NameExpression>().Any(n => n.Name == local);

    /// <summary>True unless the change is made on what the lookup returned rather than on the key it looked up: its
    /// inputs come from the lookup's result, and no argument of one is an argument of the other or a part of it
    /// (<c>Exists(cfg.Name)</c> then <c>Create(cfg)</c> share one). A change of an entry picked from the result, or of
    /// our own state built from it (<c>GetHello(id)</c> then <c>AddConnection(conn, hello)</c>), does not undo the
    /// lookup's answer. A change whose key the code does not show (<c>GetByKey(key)</c> then <c>Add(obj)</c>, keyed by
    /// the object) is taken to change the looked-up entry. Arguments that carry the call's context name nothing.</summary>
    private static bool ChangesLookedUpEntry(FunctionModel model, Access lookup, Access change)
    {
        if (!change.Sources.Contains(lookup)) return true;
        var keys = Keys(model, lookup);
        return Keys(model, change).Any(k => keys.Any(l => k == l || k.StartsWith(l + ".", StringComparison.Ordinal) || l.StartsWith(k + ".", StringComparison.Ordinal)));
    }

    private static bool SameEntryOnStore(FunctionModel model, Access lookup, Access change) =>
        IsDeclaredStore(model, lookup.Resource!)
        && change.Effect.Node is CallExpression { Callee: MemberAccess { Member: var method } } && !StoreVerbs.IsRemoval(method)
        && IsCallOn(model, lookup, lookup.Resource!) && IsCallOn(model, change, lookup.Resource!)
        && Keys(model, lookup) is { Count: > 0 } keys && keys.All(Keys(model, change).Contains);

    // A field whose declared type is the store's interface (Go, Java), not one an untyped constructor argument filled.
    private static bool IsDeclaredStore(FunctionModel model, Resource store) =>
        store.ReceiverField is { } field && model.Function.OwnerType is { } owner && model.Package.FieldOf(owner, field)?.TypeText is not null;

    private static List<string> Keys(FunctionModel model, Access access) =>
        access.Effect.Node is CallExpression call
            ? call.Arguments.Select(a => a.Value).Where(v => v is not LiteralExpression && !model.Package.Facts.IsCallContext(v)).Select(model.Scope.Normalize).ToList()
            : [];

    /// <summary>True when one acquisition of a lock of ours spans <paramref name="from"/> to <paramref name="to"/>, and
    /// every write of the store the package shows through this type's field is made holding that lock exclusively:
    /// the store's writers we can see take it, so it cannot change in between. A store the package never writes
    /// through the field proves nothing.</summary>
    private static bool KeptStill(FunctionModel model, Access from, Access to)
    {
        if (from.CommonLock(to) is not { } held || model.Function.OwnerType is not { } owner) return false;
        var store = from.Resource!.Key;
        var writes = model.Package.MethodsOf(owner)
            .SelectMany(f => model.Package.ModelOf(f).Accesses)
            .Where(a => a.Effect.Kind == EffectKind.Write && a.Resource is { Kind: ResourceKind.ExternalStore } r && r.Key == store)
            .ToList();
        return writes.Count > 0 && writes.All(w => w.Held.Any(h => h.Name == held.Name && h.Mode == LockMode.Exclusive && h.Origin != LockOrigin.Convention));
    }

    private FindingBuilder Builder(FunctionModel model, Access check, IReadOnlyList<Access> acts, string checkMessage)
    {
        var builder = new FindingBuilder(Descriptor, model)
            .Add(LocationRole.Check, check.Effect.Node, checkMessage)
            .AddLocks(acts[0], $"it keeps {Short(check.Resource!)} from changing only if every writer of the store takes it too");
        AddOtherActs(builder, acts);
        builder.AddConcurrency(SpawnEvidence.Of(model), SpawnEvidence.ThroughCaller(model));
        return builder.AddEvidence(acts);
    }

    /// <summary>Writes whose inputs derive from the given per-key lookups.</summary>
    private static IEnumerable<Access> Dependents(FunctionModel model, IReadOnlyList<Access> lookups) =>
        model.Accesses.Where(a => a.Effect.Kind == EffectKind.Write && a.Sources.Any(lookups.Contains));

    /// <summary>What our locks do for the store, and the race that follows: with none held, the race as it is; with
    /// ours held, the race only for a writer that does not take them, since the model cannot tell whether every writer
    /// of the store does.</summary>
    private static string Race(FunctionModel model, Access at, string race)
    {
        if (at.Held.Count == 0) return $"no lock of ours is held, so {race}";
        var names = string.Join(", ", at.Held.Select(h => h.NameIn(model.Function)));
        var holder = at.Held.All(h => h.Origin is LockOrigin.Caller or LockOrigin.Convention) ? $"the caller holds {names}" : $"{names} {(at.Held.Count == 1 ? "is" : "are")} held";
        var keeps = at.Held.Count == 1
            ? "which keeps the store from changing only if every writer of the store takes it too"
            : "which keep the store from changing only if every writer of the store takes them too";
        return $"{holder}, {keeps}; if one does not, {race}";
    }

    private static bool IsListing(Access access) => IsListingCall(access.Effect.Node);

    private static bool IsListingCall(IrNode node) => node is CallExpression { Callee: MemberAccess { Member: var method } } && StoreVerbs.IsListing(method);

    /// <summary>True when the access is a method call on the store itself, not a call of ours that reaches the store
    /// inside.</summary>
    private static bool IsCallOn(FunctionModel model, Access access, Resource store) =>
        access.Effect.Node is CallExpression { Callee: MemberAccess { Target: var target } } && model.Scope.ResourceOf(target)?.Key == store.Key;

    private static string Call(Access access) =>
        access.Effect.Node is CallExpression { Callee: MemberAccess { Member: var method } } ? method + "()" : Quote(access.Effect.Node);

    private static string Short(Resource store)
    {
        var paren = store.Display.IndexOf(" (", StringComparison.Ordinal);
        return paren > 0 ? store.Display[..paren] : store.Display;
    }

    private static int Line(Access access) => access.Effect.Node.Span.StartLine;
}
