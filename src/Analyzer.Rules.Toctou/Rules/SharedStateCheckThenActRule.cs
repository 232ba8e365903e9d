using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Analyzer.Rules.Toctou.Analysis;

namespace Analyzer.Rules.Toctou.Rules;

/// <summary>TOCTOU001: a read of a shared field decides a write of it, and no single lock is held from one to the other.</summary>
public sealed class SharedStateCheckThenActRule : ToctouRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => ToctouDescriptors.SharedState;

    /// <inheritdoc />
    protected override void Analyze(FunctionAnalysisContext context)
    {
        var shapes = OwnStateShapes.In(context);
        if (shapes.None) return;
        var model = context.Model;
        // Run once, or on an object no one else has yet: nothing can come between its check and its act, but in a handler
        // it registers (func main() { http.HandleFunc("/", func(w, r) { … }) }), which runs once per request.
        var unshared = model.Package.RunsUnshared(model.Function);
        if (unshared && !model.ServesInLiterals) return;
        var yields = YieldPoints(model);
        var handler = model.Package.HandlerServing(model.Function);
        var served = handler is not null;
        // Something shows the function runs beside other code: a lock, a spawn (of it or of a caller), an await or a request,
        // documentation that promises concurrent use, or a map built for concurrent use (sync.Map, or a container of the
        // package whose methods lock), which is shared by construction whatever its owner type shows.
        var parallelCaller = SpawnEvidence.ThroughCaller(model);
        // The object's own fields are not reached through a call that runs the method while the object is being made.
        var parallelCallerOnFields = parallelCaller is null ? null : new Lazy<ParallelCaller?>(() => SpawnEvidence.ThroughCaller(model, ownFields: true));
        bool RunsInParallelCopies(CheckActPair p) => OnOwnFields(model, p) ? parallelCallerOnFields?.Value is not null : parallelCaller is not null;
        var claim = ConcurrencyClaim.Of(model);
        var concurrent = IsConcurrent(model) || claim is not null || model.Package.SpawnSitesOf(model.Function).Count > 0 || yields.Count > 0 || served
            || model.Accesses.Any(a => a.Resource?.Kind == ResourceKind.ConcurrentEntry || IsStateOfLockingObject(a)) || SpawnEvidence.StartsLiteralsInLoop(model)
            || parallelCaller is not null || model.ServesInLiterals || shapes.Pairs.Any(p => StartSharingGlobal(model, p.Check) is not null);
        // Else only a run beside another method or literal its starter starts, which writes the state, makes a pair shared.
        // A type with a lock, or with a method that takes one, is meant to be shared: a value of its own made on first use
        // with no lock is a race even where nothing else shows one.
        var lockingType = TypeLock(model) is not null;
        // So is a type that runs a method of its own in the background on the objects it hands out, for an act meant to
        // happen once and for a memoisation: callers on any goroutine or thread may call the method at once.
        var background = BackgroundRunner.Of(model);
        // So is a value the whole process shares made on first use (ProcessWideMemo, SharedDefault).
        var processWide = shapes.Pairs.Any(p => ProcessWideMemo.State(model, p) is not null);
        var sharedDefault = model.Function.OwnerType is not null && shapes.Pairs.Any(p => p.Check.Resource!.IsReceiverState && Memoisation.Holds(model, p))
            ? SharedDefault.Of(model)
            : null;
        // And so is a decorator's own state that the wrapper it returns makes on first use (DecoratorObject).
        var decoratorState = model.Function.EnclosingFunction() is not null && shapes.Pairs.Any(p => DecoratorObject.Of(model, p) is not null);
        // And so is state that holds locks made on first use (a lock per key): only threads that share it need them.
        bool LockTable(CheckActPair p) => p.Check.Resource!.OutlivesCall && Memoisation.StoresWhenMissing(model, p) && Memoisation.MadeLock(model, p) is not null;
        var lockTable = shapes.Pairs.Any(LockTable);
        // And so does a receive that asks whether another method has closed a channel yet: only another task closes it
        // meanwhile; and a closer that guards (or closes) the flag it sets before it waits for the work this function counts.
        var probes = shapes.Coupled.Any(c => c.Probes) || shapes.LateJoins.Count > 0;
        if (!concurrent && !lockingType && background is null && !processWide && sharedDefault is null && !decoratorState && !lockTable && !probes && model.Package.LiteralSpawnsIn(model.Function).Count == 0 && !SiblingStart.Possible(model)
            && !BackgroundLiteral.Possible(model)) return;
        // marked: the code marks the act done with a flag (FlagGuardedAct), so an act that fails when made twice, a
        // channel's close, is one it means to make once (DoneOnce).
        // A lock only tasks take, made on first use with no yield between the test and the store, is made in one step.
        bool Racy(CheckActPair p, bool marked = false) => (!unshared || ServedByLiteral(model, p)) && Unguarded(p, marked)
            && !(Memoisation.MadeLock(model, p) is { } made && model.Package.Facts.IsTaskLock(made) && YieldBetween(yields, p.Check, p.Act) is null);
        bool Unguarded(CheckActPair p, bool marked) =>
            YieldBetween(yields, p.Check, p.Act) is not null
            || processWide && ProcessWideMemo.State(model, p) is not null && !IsOneTaskStep(model, yields, p) || sharedDefault is not null && p.Check.Resource!.IsReceiverState && Memoisation.Holds(model, p)
            || decoratorState && DecoratorObject.Of(model, p) is not null
            || (lockTable && LockTable(p) || lockingType && p.Check.Resource!.IsReceiverState && (Memoisation.Holds(model, p) || Memoisation.MadeAndUsed(model, p) || DoneOnce(model, p, marked) is { MarksItself: false })
                || background is not null && p.Check.Resource!.IsReceiverState && (Memoisation.Holds(model, p) || DoneOnce(model, p, marked) is not null)
                || (concurrent ? IsShared(model, p) || claim is not null && p.Check.Resource!.IsReceiverState || RunsInParallelCopies(p)
                                 || (served || ServedByLiteral(model, p)) && p.Check.Resource!.OutlivesCall : RunsBesideAWriter(model, p)))
            && !IsOneTaskStep(model, yields, p) && !ConfinedToOneTask(model, p) && !TakenAlone(model, p) && !OwnSlot.Holds(model, p);
        // One finding per decision and mark, at the first act it decides. Only a hold that covers the test and the mark
        // keeps a second caller out; an act under the test's hold is made twice all the same when the mark comes later.
        var flaggedActs = shapes.Flagged.Where(f => f.Pair.Check.CommonExclusiveLock(f.Mark) is null && Racy(f.Pair, marked: true) && !InOnceBlock(model, f.Pair.Act))
            .GroupBy(f => (f.Pair.Guard, f.Mark)).Select(g => g.MinBy(f => f.Pair.Act.Order)!).ToList();
        // A mark after an early exit is decided by the same test as the act it comes too late for; the finding on that
        // act says more.
        var lateMarks = flaggedActs.Select(f => (f.Pair.Guard, f.Mark)).ToHashSet();
        // Evidence that the function runs beside another run of itself, not only beside other methods of its type: copies
        // started side by side, a started caller, requests it serves; or, for one that takes a read lock only to keep
        // writers out, documentation that promises concurrent use.
        // In a coroutine, two points with no yield between them run as one step of its task.
        bool InOneStep(Access from, Access to) => yields.Count > 0 && !YieldsBetween(yields, from, to);
        var startedBesideItself = SpawnEvidence.Of(model).Count > 0 || parallelCaller is not null || served;
        var runsBesideItself = startedBesideItself || claim is not null || model.ServesInLiterals;
        var pairs = shapes.Pairs
            .Where(p => Racy(p))
            .Where(p => !lateMarks.Contains((p.Guard, p.Act)))
            .Where(p => !(UnchangedSkips.Holds(model, p) && DoneOnce(model, p, marked: false) is null && !GatesWork(model, p)) && !OnObjectUnderConstruction(model, p) && !RepeatsTheCheck(model, p) && !ActsOnWhatItTookOut(model, p) && !ActsOnEntryItTookOut(model, p)
                        && !OwnClaim.IsReleased(model, p, InOneStep) && !OwnClaim.Reserves(model, p, InOneStep) && !KeyClaim.Holds(model, p) && !OwnClaim.CountsAtomically(model, p) && !SettledByCompareAndSet(model, p) && !WonByCompareAndSet(model, p) && !InOnceRun(model, p)
                        && !ActWhereNothingCloses(model, p) && !(OnlyReaderOfItsLock(model, p) && !runsBesideItself) && !PresenceOnlyRemoval.Holds(model, p)).ToList();
        // An act re-checked under the lock that covers it is safe, whatever an earlier unlocked check said. A read lock
        // covers nothing here: other readers hold it too, so two of them can both pass the check and both write. But
        // senders on a channel taken from the state do not spoil each other's send; only a close can, and a read lock
        // held from the lookup through the send keeps out a closer that needs the write lock to find the channel.
        var safe = pairs.Where(p => p.Check.CommonExclusiveLock(p.Act) is not null || RecheckedByCallee(model, p.Check, p.Act) && !OnceOnlyActFollows(model, p) && !LostRaceFails(model, p)
                                    || DecidedByObject(model, p.Act) && !LostRaceFails(model, p)
                                    || StoppedOnceByObject(model, p.Check, p.Act) || InOnceBlock(model, p.Act)
                                    || p.Act.IsGatedUnderLock()
                                    || CheckActPairs.SendsOnTakenChannel(model, p.Act) && p.Check.CommonLock(p.Act) is not null
                                    || SelfLockedUnderHold(p)
                                    || OnceOnlyLiterals.Enclose(p.Act.Effect.Node, model.Package.Facts, model.Scope))
            .Select(p => p.Act).ToHashSet();
        // Several checks of one piece of state before the same act make one finding, at the first check; the later
        // checks are related locations.
        var groups = CheckActPairs.ByFirstAct(pairs.Where(p => !safe.Contains(p.Act))).ToList();
        foreach (var decision in OneDecision(groups))
        {
            var sameAct = decision.First();
            var group = sameAct.First();
            var check = group.Key;
            var acts = group.Select(p => p.Act).Distinct().OrderBy(a => a.Order).ToList();
            var act = acts[0];
            var spawns = SpawnEvidence.Of(model);
            var literalSpawn = SpawnEvidence.RepeatedLiteralAround(model, act.Effect.Node);
            var (why, fix, level) = Explain(model, check, acts, spawns, literalSpawn, parallelCaller, YieldBetween(yields, check, act), handler, claim);
            var memoised = group.All(p => Memoisation.Holds(model, p));
            var madeLock = group.All(p => Memoisation.StoresWhenMissing(model, p)) ? group.Select(p => Memoisation.MadeLock(model, p)).FirstOrDefault(l => l is not null) : null;
            if (madeLock is not null)
                why += LockMadeTwiceClause;
            else if (memoised && group.Select(p => Memoisation.FilledUnderFlag(model, p)).FirstOrDefault(f => f.Count > 0) is { } filled)
                (why, level) = (why + $"; the flag is set only after the branch fills {Listed(filled.Select(f => f.Display).ToList())}: two callers that run it at once can both find it unset and both fill it, one while the other reads it: memoisation, harmless only if filling it twice is", FindingLevel.Note);
            else if (memoised)
                (why, level) = group.Select(p => Memoisation.FilledAfterStoring(model, p)).FirstOrDefault(f => f is not null) is { } filling
                    ? (why + $"; it stores the new value at line {act.Effect.Node.Span.StartLine} and fills it only after, at line {filling.Effect.Node.Span.StartLine}: a caller that comes in between finds it there but not yet filled", level)
                    : (why + MemoisationClause, FindingLevel.Note);
            else if (group.Select(p => DoneOnce(model, p, marked: false)).FirstOrDefault(s => s is not null) is { } once)
                why += $"; two callers that run it at once can both pass the test and {once.Consequence}";
            if (group.Any(p => LostRaceFails(model, p)))
                why += $"; that call checks it again under a lock and fails when another caller changed it in between, and {model.Function.Name} passes that failure on: of two callers that pass the test together, the second gets an error";
            var builder = new FindingBuilder(Descriptor, model)
                .Add(LocationRole.Check, check.Effect.Node, $"reads {check.Resource!.Display}")
                .AddLocks(check, "held at the check")
                .AddLocks(act, "held at the act")
                .Facts(f => f with { State = check.Resource.ReceiverField });
            builder.AddGuards(group);
            foreach (var later in sameAct.Skip(1))
                builder.Add(LocationRole.Check, later.Key.Effect.Node, $"checks {check.Resource.Display} again");
            foreach (var release in Releases(model, check, act))
                builder.Add(LocationRole.Lock, release.Node, $"{HeldLock.Spell(release.Lock!, model.Function)} is released between the check and the act");
            AddOtherActs(builder, acts);
            if (CheckActPairs.SendsOnTakenChannel(model, act) && CloserOf(model, act.Resource!, except: null) is var (closer, close))
                builder.Add(LocationRole.Concurrency, close.Effect.Node, $"{FindingBuilder.Describe(closer)} closes a channel of {check.Resource.Display} here, and a send on a closed channel panics");
            builder.AddConcurrency(spawns, parallelCaller);
            if (spawns.Count == 0 && StartSharingHolder(model, check) is var (sharingStart, holder))
                builder.Add(LocationRole.Concurrency, sharingStart.Site,
                    $"{sharingStart.Spawner.Name} starts {model.Function.Name} on objects made one per turn that all hold the same {holder}");
            else if (spawns.Count == 0 && StartSharingArgument(model, check) is var (handing, parameter))
                builder.Add(LocationRole.Concurrency, handing.Site, $"{handing.Spawner.Name} starts {model.Function.Name} here and hands every copy the same {parameter}");
            else if (spawns.Count == 0 && parallelCaller is null && StartSharingGlobal(model, check) is var (shared, startedHere, eachTurn))
                builder.Add(LocationRole.Concurrency, shared.Site, eachTurn
                    ? $"{shared.Spawner.Name} starts {model.Function.Name} here on objects made one per turn, which all reach {check.Resource.Display}"
                    : $"{FindingBuilder.Describe(shared.Spawner)} starts {startedHere.Name} here, on whatever object code outside the package calls it on");
            if (RequestLiteralAround(model, act.Effect.Node) is { } requestLiteral)
                builder.Add(LocationRole.Concurrency, requestLiteral, "a handler: runs once per request, many at a time");
            if (TypeLockAlone(model, check, act) is { } typeLock)
                builder.Add(LocationRole.Concurrency, typeLock.Where, $"{typeLock.Says}, so {model.Function.OwnerType} is meant to be shared");
            // A pair that already takes a lock gets the advice about that lock, a map built for threads the rule's own, and
            // a pair an await splits the event loop's lock.
            if (processWide && !builder.Has(LocationRole.Concurrency) && ProcessWideMemo.AddEvidence(builder, model, group)
                && check.Held.Count == 0 && act.Held.Count == 0 && check.Resource.Kind != ResourceKind.ConcurrentEntry && YieldBetween(yields, check, act) is null)
                fix = FixAdvice.For(FixKind.MakeOnce, model.Package.Language);
            if (!builder.Has(LocationRole.Concurrency) && sharedDefault is not null && check.Resource.IsReceiverState)
                SharedDefault.AddEvidence(builder, model, sharedDefault);
            if (!builder.Has(LocationRole.Concurrency) && decoratorState && group.Select(p => DecoratorObject.Of(model, p)).FirstOrDefault(d => d is not null) is { } decoration)
                DecoratorObject.AddEvidence(builder, model, decoration);
            if (claim is not null && check.Resource.IsReceiverState)
                builder.Add(LocationRole.Concurrency, claim.Documentation.Where, $"the documentation of {claim.Subject} promises concurrent use: \"{claim.Sentence}\"");
            if (spawns.Count == 0 && parallelCaller is null && SiblingStart.Writing(model, check.Resource, act.Effect.Node) is { } sibling)
                builder.AddSiblingStarts(sibling);
            if (literalSpawn is null && SiblingLiteral.Writing(model, check.Resource, act.Effect.Node) is { } literal)
                builder.Add(LocationRole.Concurrency, literal.Mine.Site, "starts the function literal the check and the act are in")
                    .Add(LocationRole.Concurrency, literal.Other.Site, "starts a function literal that changes the same variable at the same time");
            if (StartedWriter.Of(model, group.First()) is { } started)
                builder.Add(LocationRole.Concurrency, started.Site, $"starts a function literal that changes {check.Resource.Display} while later calls run");
            if (OutsideWriter.Of(model, group.First()) is { } outside)
                builder.Add(LocationRole.Concurrency, outside.Start.Site, outside.HandedOut is null ? "starts the function literal the check and the act are in" : $"starts {model.Function.Name} on {outside.HandedOut}")
                    .Add(LocationRole.Concurrency, outside.Write.Effect.Node, $"{FindingBuilder.Describe(outside.Writer)} changes {check.Resource.Display} here; other code calls it at any time");
            if (BackgroundLiteral.Of(model, group.First()) is { } literalWriter)
                builder.Add(LocationRole.Concurrency, literalWriter.Start.Site, $"starts a function literal that changes {check.Resource.Display} while other code calls {model.Function.Name}")
                    .Add(LocationRole.Concurrency, literalWriter.Write.Effect.Node, $"the function literal changes {check.Resource.Display} here");
            if (literalSpawn is not null)
                builder.Add(LocationRole.Concurrency, literalSpawn, FindingBuilder.RunsOnManyItems(literalSpawn, model)
                    ? "runs the function literal on many items at once"
                    : model.Package.StartHandedTo(literalSpawn) is { } start
                        ? $"hands the function literal to {FindingBuilder.Starter(literalSpawn)}, which starts it{FindingBuilder.Repetition(start, model)}; the copies run side by side"
                        : "starts the function literal again on every turn of the loop; the copies run side by side");
            if (!builder.Has(LocationRole.Concurrency) && LockedElsewhere(model, check, act) is var (other, locked))
                builder.Add(LocationRole.Concurrency, locked.Effect.Node,
                    $"{FindingBuilder.Describe(other)} {(locked.Effect.Kind == EffectKind.Read ? "reads" : "changes")} {locked.Resource!.Display} here under {locked.Held.First(h => h.ShowsThreadSharing).NameIn(other)}, a sign that threads share it");
            if (!builder.Has(LocationRole.Concurrency) && madeLock is not null)
                builder.Add(LocationRole.Concurrency, madeLock, $"makes a lock for {check.Resource.Display} to hold: only threads that share it need one");
            if (!builder.Has(LocationRole.Concurrency) && ConcurrentField(model, check) is var (builtForThreads, declaredIn))
                AddBuiltForThreads(builder, model, check, builtForThreads, declaredIn);
            if (!builder.Has(LocationRole.Concurrency) && ChangesTestedWordAtomically(model, new CheckActPair(check, group.First().Guard, act)) && act.Effect.Detail is { } atomicAct && act.Resource is { } word)
                builder.Add(LocationRole.Concurrency, act.Effect.Node, $"changes {word.Display} with {atomicAct}, an atomic call: a sign that threads share it");
            if (!builder.Has(LocationRole.Concurrency) && background is not null && check.Resource.IsReceiverState
                && group.Any(p => Memoisation.Holds(model, p) || DoneOnce(model, p, marked: false) is not null))
                builder.Add(LocationRole.Concurrency, background.Start.Site,
                    $"{FindingBuilder.Describe(background.Start.Spawner)} starts {background.Runner.Name} on {background.HandedOut}, which lives beside other goroutines or threads; code outside calls {model.Function.Name} on it from any of them");
            builder.AddEvidence(acts);
            if (level is { } lowered) builder.Level(lowered);
            var alsoDecided = decision.Skip(1).Select(g => g.First().Key).ToList();
            foreach (var also in alsoDecided)
                builder.Add(LocationRole.Check, also.Effect.Node, $"reads {also.Resource!.Display}, which the same test and act cover");
            if (alsoDecided.Count > 0)
                why += $"; the same test and act cover {Listed(alsoDecided.Select(a => a.Resource!.Display).Distinct().ToList())} too";
            // A read changed and stored back with nothing testing it is no check: the message says what it is.
            var message = group.All(p => !CheckActPairs.IsSplitCheck(model, p))
                ? $"{check.Resource.Display} is read at line {check.Effect.Node.Span.StartLine} and {ChangedWhere(acts)} to a value made from what was read, {why}"
                : Descriptor.FormatMessage(check.Resource.Display, check.Effect.Node.Span.StartLine, ChangedWhere(acts), why);
            context.Report(builder.Build(act.Effect.Node, message, fix));
        }
        foreach (var flagged in flaggedActs)
            context.Report(ActBeforeMark(model, flagged, parallelCaller, YieldBetween(yields, flagged.Pair.Check, flagged.Pair.Act), handler, claim));
        // The last one out needs two copies of the function at once: started side by side, serving requests, or
        // interleaved at a yield; state only shared with other methods (a lock of the type, other code locking it) is not enough.
        var flaggedNodes = flaggedActs.Select(f => f.Pair.Act.Effect.Node).ToHashSet();
        bool RunsBesideItself(LastOneOut l) => startedBesideItself || SpawnEvidence.RepeatedLiteralAround(model, l.Pair.Act.Effect.Node) is not null
                                               || YieldBetween(yields, l.Change, l.Pair.Act) is not null;
        foreach (var lastOut in shapes.LastOut.Where(l => !flaggedNodes.Contains(l.Pair.Act.Effect.Node) && !unshared && RunsBesideItself(l) && l.Pair.Check.CommonExclusiveLock(l.Pair.Act) is null
                                                          && !InOnceRun(model, l.Pair))
                     .GroupBy(l => l.Pair.Act.Effect.Node).Select(g => g.First()))
            context.Report(ActAfterOwnChange(model, lastOut, parallelCaller, YieldBetween(yields, lastOut.Pair.Check, lastOut.Pair.Act), handler, claim));
        // A condition wait is its own evidence: another thread signals it.
        foreach (var waited in shapes.Waits.GroupBy(w => w.Wait).Select(g => g.First()))
            context.Report(UseAfterWait(model, waited));
        // So is a closer that guards the flag it sets before it waits for the work this function counts.
        foreach (var late in shapes.LateJoins)
            context.Report(JoinAfterClose(model, late));
        // Several calls through one reference in one statement (b.array(), b.position()) go stale together: one finding,
        // at the first.
        var statementsReported = new HashSet<(Access, IrStatement?)>();
        // A test that something is there whose take is reported already covers the read of the first item too.
        var checksReported = pairs.Where(p => !safe.Contains(p.Act)).Select(p => p.Check).ToHashSet();
        foreach (var cleared in shapes.Cleared.Where(c => !(c.ByPosition && checksReported.Contains(c.Check))))
        {
            var pair = new CheckActPair(cleared.Check, cleared.Guard, cleared.Use);
            // A lock held from the test to the call keeps out a clearing made under it, read lock or not: readers do not clear.
            // Any of them does, where several are held across both.
            var held = cleared.Check.CommonLocks(cleared.Use).Select(h => h.Name).ToHashSet(StringComparer.Ordinal);
            // Another run of this function clears nothing when the function runs once per object.
            var (clearing, clearer) = cleared.Clearings.FirstOrDefault(c => !c.Write.Held.Any(h => held.Contains(h.Name)) && !(ReferenceEquals(c.Function, model.Function) && RunsOnce(model)));
            // After an if that sets the reference when empty it is set on both paths: tasks that interleave only where
            // they yield need a yield between that if and the use.
            var yieldPoint = cleared.Ensure is { } ensure ? YieldAfter(yields, ensure, cleared.Use) : YieldBetween(yields, cleared.Check, cleared.Use);
            if (clearing is null || !Racy(pair) || OnObjectUnderConstruction(model, pair) || cleared.Ensure is not null && yields.Count > 0 && yieldPoint is null
                || !statementsReported.Add((cleared.Check, cleared.Use.Effect.Node.Ancestors().OfType<IrStatement>().FirstOrDefault()))) continue;
            context.Report(UseAfterClearing(model, cleared, clearing, clearer, parallelCaller, yieldPoint, handler, claim));
        }
        var reported = pairs.Select(p => p.Act.Effect.Node).ToHashSet();
        foreach (var replaced in shapes.Replaced)
        {
            var pair = new CheckActPair(replaced.Check, replaced.Guard, replaced.Replacement);
            if (reported.Contains(replaced.Replacement.Effect.Node) || !Racy(pair) || OnObjectUnderConstruction(model, pair)) continue;
            context.Report(ReplacedWithoutSwap(model, replaced, parallelCaller, YieldBetween(yields, replaced.Check, replaced.Replacement), handler, claim));
        }
        bool ProbedBesideCloser(CoupledState c) => c.Probes && !unshared && !IsOneTaskStep(model, yields, c.Pair) && !ConfinedToOneTask(model, c.Pair);
        foreach (var coupled in shapes.Coupled.Where(c => !reported.Contains(c.Pair.Act.Effect.Node) && (Racy(c.Pair) || ProbedBesideCloser(c)) && !OnObjectUnderConstruction(model, c.Pair)))
        {
            reported.Add(coupled.Pair.Act.Effect.Node);
            context.Report(ActOnCoupledState(model, coupled, parallelCaller, YieldBetween(yields, coupled.Pair.Check, coupled.Pair.Act), handler, claim));
        }
        // A decision that an ordinary pair already reports, or found safe, is not reported again for its other acts.
        var decisions = shapes.Pairs.Select(p => p.Guard).OfType<Guard>().ToHashSet();
        foreach (var upgrade in shapes.Upgrades.Where(u => !decisions.Contains(u.Pair.Guard!) && Racy(u.Pair) && !OnObjectUnderConstruction(model, u.Pair)))
            if (reported.Add(upgrade.Pair.Act.Effect.Node))
                context.Report(ActAfterUpgrade(model, upgrade, parallelCaller, handler, claim));
    }

    /// <summary>The findings' groups by decision: one test that decides one act for several pieces of state
    /// (<c>if better(n, a.leader, a.epoch) { a.update(n) }</c>) is one race, reported once, on the first of them. Pairs
    /// without a test (the act uses what the check read) stay one decision per check.</summary>
    private static IEnumerable<IGrouping<(IrNode Act, IrNode Decision), IGrouping<(Access FirstAct, string Key), IGrouping<Access, CheckActPair>>>> OneDecision(
        IEnumerable<IGrouping<(Access FirstAct, string Key), IGrouping<Access, CheckActPair>>> groups) =>
        groups.GroupBy(g => (Act: g.Key.FirstAct.Effect.Node, Decision: g.First().First().Guard?.Condition ?? g.First().Key.Effect.Node));

    /// <summary>Adds the starts that show the function runs beside other code: its own or a caller's, or else those of
    /// a sibling that changes <paramref name="state"/>.</summary>
    private static void AddStarts(FindingBuilder builder, FunctionModel model, Resource state, IrNode act, IReadOnlyList<SpawnSite> spawns, ParallelCaller? parallelCaller)
    {
        builder.AddConcurrency(spawns, parallelCaller);
        if (spawns.Count == 0 && parallelCaller is null && SiblingStart.Writing(model, state, act) is { } sibling)
            builder.AddSiblingStarts(sibling);
    }

    /// <summary>The finding for a field whose old value is torn down after a test and then replaced, with no lock held
    /// from the test to the replacement.</summary>
    private Finding ReplacedWithoutSwap(FunctionModel model, ReplacedReference replaced, ParallelCaller? parallelCaller, IrExpression? yieldPoint, RequestHandler? handler, ConcurrencyClaim? claim)
    {
        var (check, replacement) = (replaced.Check, replaced.Replacement);
        var spawns = SpawnEvidence.Of(model);
        var (why, fix, _) = Explain(model, check, [replacement], spawns, SpawnEvidence.RepeatedLiteralAround(model, replacement.Effect.Node), parallelCaller, yieldPoint, handler, claim);
        var teardown = ClearedReference.CallThrough((IrExpression)replaced.Use.Effect.Node)!;
        var builder = new FindingBuilder(Descriptor, model)
            .Add(LocationRole.Check, check.Effect.Node, $"tests {check.Resource!.Display}")
            .Add(LocationRole.Act, teardown, "tears the old value down")
            .AddLocks(check, "held at the check")
            .AddLocks(replacement, "held at the replacement")
            .Facts(f => f with { State = check.Resource.ReceiverField });
        AddStarts(builder, model, check.Resource, replacement.Effect.Node, spawns, parallelCaller);
        var store = replacement.Effect.Node.Parent!;
        var replacedAt = $"replaced at line {store.Span.StartLine} by {Quote(store)} after {Quote(teardown)} at line {teardown.Span.StartLine} tears the old value down, so two callers that run it at once can both tear down the same old value and both store a new one, and the one overwritten is never torn down";
        return builder.Build(replacement.Effect.Node, Descriptor.FormatMessage(check.Resource.Display, check.Effect.Node.Span.StartLine, replacedAt, why), fix);
    }

    /// <summary>The finding for an act on one field that a check of another decides, while another method changes both
    /// under one hold of a lock, or one after the other.</summary>
    private Finding ActOnCoupledState(FunctionModel model, CoupledState coupled, ParallelCaller? parallelCaller, IrExpression? yieldPoint, RequestHandler? handler, ConcurrencyClaim? claim)
    {
        var (check, act) = (coupled.Pair.Check, coupled.Pair.Act);
        var spawns = SpawnEvidence.Of(model);
        var (why, fix, _) = Explain(model, check, [act], spawns, SpawnEvidence.RepeatedLiteralAround(model, act.Effect.Node), parallelCaller, yieldPoint, handler, claim);
        var writer = FindingBuilder.Describe(coupled.Writer);
        var lockName = coupled.Lock?.NameIn(model.Function);
        var closes = coupled.ClosesActed ? "closes " : "";
        var builder = DecisionBuilder(model, coupled.Pair, coupled.CheckedWrite.Effect.Node,
                lockName is null ? $"{writer} changes {check.Resource!.Display} here" : $"{writer} changes {check.Resource!.Display} here under {lockName}", spawns, parallelCaller)
            .Add(LocationRole.Act, coupled.ActedWrite.Effect.Node, coupled.Counts ? $"and reads {act.Resource!.Display} here, under the same hold of {lockName}"
                : lockName is null ? $"and then {closes}{act.Resource!.Display} here" : $"and {closes}{act.Resource!.Display} here, under the same hold of {lockName}");
        if (coupled.Probes)
            builder.Add(LocationRole.Concurrency, check.Effect.Node, $"asks whether {writer} has closed {check.Resource.Display} yet, which only another task can do meanwhile");
        var lines = Listed([.. new[] { coupled.CheckedWrite, coupled.ActedWrite }.Select(w => w.Effect.Node.Span.StartLine).Distinct().Order()
            .Select(line => line.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
        var quoted = coupled.ActNode is IrExpression { Parent: Assignment assignment } ? assignment : coupled.ActNode;
        var together = coupled.Counts ? $"and reads {act.Resource.Display} under the same hold of {lockName}"
            : lockName is null ? $"and then {closes}{act.Resource.Display}" : $"and {closes}{act.Resource.Display} together under {lockName}";
        var decides = $"decides {Quote(quoted)} at line {coupled.ActNode.Span.StartLine}, while {writer} changes {check.Resource.Display} {together} at line {lines}";
        var counted = coupled.Counts ? $"; a {writer} between the check and the act counts the work in flight before this one joins, and goes on as if none were" : "";
        return builder.Build(coupled.ActNode, Descriptor.FormatMessage(check.Resource.Display, check.Effect.Node.Span.StartLine, decides, why) + counted, fix);
    }

    /// <summary>The finding for an act under a write lock that a check under a read hold of it decided, with the lock let
    /// go in between.</summary>
    private Finding ActAfterUpgrade(FunctionModel model, LockUpgrade upgrade, ParallelCaller? parallelCaller, RequestHandler? handler, ConcurrencyClaim? claim)
    {
        var (check, act) = (upgrade.Pair.Check, upgrade.Pair.Act);
        var spawns = SpawnEvidence.Of(model);
        var (_, fix, _) = Explain(model, check, [act], spawns, SpawnEvidence.RepeatedLiteralAround(model, act.Effect.Node), parallelCaller, null, handler, claim);
        var writer = FindingBuilder.Describe(upgrade.Writer);
        var lockName = upgrade.WriteHold.NameIn(model.Function);
        var why = $"checked under {ReadLock(lockName)} and acted on under the write lock taken at {upgrade.WriteHold.Where} without checking again";
        var builder = DecisionBuilder(model, upgrade.Pair, upgrade.Write.Effect.Node, $"{writer} changes {check.Resource!.Display} here under {lockName}", spawns, parallelCaller);
        var quoted = act.Effect.Node is IrExpression { Parent: Assignment assignment } ? assignment : act.Effect.Node;
        var decides = $"decides {Quote(quoted)} at line {act.Effect.Node.Span.StartLine}, while {writer} changes {check.Resource.Display} under {lockName} at line {upgrade.Write.Effect.Node.Span.StartLine}";
        return builder.Build(act.Effect.Node, Descriptor.FormatMessage(check.Resource.Display, check.Effect.Node.Span.StartLine, decides, why), fix);
    }

    /// <summary>A finding's builder for a check that decides an act, with the place that makes it go wrong
    /// (<paramref name="other"/>, what <paramref name="says"/>), the locks held at both, the guard and the starts.</summary>
    private FindingBuilder DecisionBuilder(FunctionModel model, CheckActPair pair, IrNode other, string says, IReadOnlyList<SpawnSite> spawns, ParallelCaller? parallelCaller)
    {
        var builder = new FindingBuilder(Descriptor, model)
            .Add(LocationRole.Check, pair.Check.Effect.Node, $"reads {pair.Check.Resource!.Display}")
            .Add(LocationRole.Act, other, says)
            .AddLocks(pair.Check, "held at the check")
            .AddLocks(pair.Act, "held at the act");
        builder.AddGuards([pair]);
        AddStarts(builder, model, pair.Check.Resource, pair.Act.Effect.Node, spawns, parallelCaller);
        return builder;
    }

    /// <summary>The finding for an act a flag decides and the function marks done only outside that decision.</summary>
    private Finding ActBeforeMark(FunctionModel model, FlagGuardedAct flagged, ParallelCaller? parallelCaller, IrExpression? yieldPoint, RequestHandler? handler, ConcurrencyClaim? claim)
    {
        var (check, act) = (flagged.Pair.Check, flagged.Pair.Act);
        var spawns = SpawnEvidence.Of(model);
        // The window is from the test to the mark: what the locks do there is what lets a second caller in.
        var (why, fix, _) = Explain(model, check, [flagged.Mark], spawns, SpawnEvidence.RepeatedLiteralAround(model, act.Effect.Node), parallelCaller, yieldPoint, handler, claim);
        var builder = DecisionBuilder(model, flagged.Pair, flagged.Mark.Effect.Node, $"sets {check.Resource!.Display}, {(flagged.MarkedInDecision ? "after the act" : "outside the decision")}", spawns, parallelCaller);
        var decides = $"decides {Quote(act.Effect.Node)} at line {act.Effect.Node.Span.StartLine}, which the function marks done in it only at line {flagged.Mark.Effect.Node.Span.StartLine}, so two callers that run it at once can both pass the test and both act";
        return builder.Build(act.Effect.Node, Descriptor.FormatMessage(check.Resource.Display, check.Effect.Node.Span.StartLine, decides, why), fix);
    }

    /// <summary>The finding for a write that fails when made twice, decided by a test of state the function changed just
    /// before (<see cref="LastOneOut"/>).</summary>
    private Finding ActAfterOwnChange(FunctionModel model, LastOneOut lastOut, ParallelCaller? parallelCaller, IrExpression? yieldPoint, RequestHandler? handler, ConcurrencyClaim? claim)
    {
        var (check, act, change) = (lastOut.Pair.Check, lastOut.Pair.Act, lastOut.Change);
        var spawns = SpawnEvidence.Of(model);
        var (why, fix, _) = Explain(model, check, [act], spawns, SpawnEvidence.RepeatedLiteralAround(model, act.Effect.Node), parallelCaller, yieldPoint, handler, claim);
        var builder = new FindingBuilder(Descriptor, model)
            .Add(LocationRole.Check, check.Effect.Node, $"reads {check.Resource!.Display}")
            .Add(LocationRole.Act, change.Effect.Node, $"changes {check.Resource.Display} before the test, apart from it")
            .AddLocks(check, "held at the check")
            .AddLocks(act, "held at the act");
        builder.AddGuards([lastOut.Pair]);
        AddStarts(builder, model, check.Resource, act.Effect.Node, spawns, parallelCaller);
        var decides = $"decides {Quote(act.Effect.Node)} at line {act.Effect.Node.Span.StartLine}, which fails when it is made twice, after the function changed it at line " +
                      $"{change.Effect.Node.Span.StartLine}, so two callers that run it at once can both change it, both pass the test and both act";
        return builder.Build(act.Effect.Node, Descriptor.FormatMessage(check.Resource.Display, check.Effect.Node.Span.StartLine, decides, why), fix);
    }

    /// <summary>The finding for a use of state that an <c>if</c> tested before a condition wait (<see cref="WaitOutsideLoop"/>).</summary>
    private Finding UseAfterWait(FunctionModel model, WaitOutsideLoop waited)
    {
        var (check, wait, use) = (waited.Check, waited.Wait, waited.Use);
        var builder = new FindingBuilder(Descriptor, model)
            .Add(LocationRole.Check, check.Effect.Node, $"reads {check.Resource!.Display}")
            .Add(LocationRole.Lock, wait, "gives up the lock while it waits and takes it again before it returns")
            .AddLocks(check, "held at the check")
            .AddLocks(use, "held at the use");
        var used = $"{(use.Effect.Kind == EffectKind.Read ? "used" : "changed")} at line {use.Effect.Node.Span.StartLine} by {Quote(use.Effect.Node)} after {Quote(wait)} at line {wait.Span.StartLine}, " +
                   "which an if decides rather than a loop";
        var why = "the wait gives up the lock and takes it again, and nothing tests the state again after it: another thread can change it while this one waits (a second waiter woken by the same signal, or one that never waited), and a wait can end with nothing changed";
        return builder.Build(use.Effect.Node, Descriptor.FormatMessage(check.Resource.Display, check.Effect.Node.Span.StartLine, used, why),
            FixAdvice.For(FixKind.WaitInLoop, model.Package.Language));
    }

    /// <summary>The finding for a call through a reference or a return of it, or a read of an entry, that
    /// <paramref name="clearer"/> (another method, or another run of this one) can clear or remove between the test and
    /// the use.</summary>
    private Finding UseAfterClearing(FunctionModel model, ClearedReference cleared, Access clearing, FunctionDecl clearer, ParallelCaller? parallelCaller,
        IrExpression? yieldPoint, RequestHandler? handler, ConcurrencyClaim? claim)
    {
        var (check, use) = (cleared.Check, cleared.Use);
        var who = ReferenceEquals(clearer, model.Function) ? $"another run of {FindingBuilder.Describe(clearer)}" : FindingBuilder.Describe(clearer);
        var spawns = SpawnEvidence.Of(model);
        var (why, fix, _) = check.CommonLock(use) is { } held
            ? ($"under {held.NameIn(model.Function)}, which {who} does not hold when it {(cleared.OfEntry ? "removes them" : "empties it")}", FixAdvice.For(FixKind.HoldLockAcrossCheckAndAct, model.Package.Language), null)
            : Explain(model, check, [use], spawns, SpawnEvidence.RepeatedLiteralAround(model, use.Effect.Node), parallelCaller, yieldPoint, handler, claim);
        IrNode call = cleared.OfEntry ? use.Effect.Node : ClearedReference.UseOf((IrExpression)use.Effect.Node)!;
        var builder = new FindingBuilder(Descriptor, model)
            .Add(LocationRole.Check, check.Effect.Node, $"tests {check.Resource!.Display}")
            .Add(LocationRole.Act, clearing.Effect.Node, cleared.ByPosition ? $"{who} removes items of {check.Resource.Display} here"
                : cleared.OfEntry ? $"{who} removes entries of {check.Resource.Display} here" : $"{who} empties {check.Resource.Display} here")
            .AddLocks(check, "held at the check")
            .AddLocks(use, call is ReturnStatement ? "held at the return" : "held at the call");
        AddStarts(builder, model, check.Resource, call, spawns, parallelCaller);
        var line = use.Effect.Node.Span.StartLine;
        var used = cleared.ByPosition
            ? $"read at line {line} by {Quote(call)}, which fails if the items are gone by then, while {who} removes items at line {clearing.Effect.Node.Span.StartLine}"
            : cleared.OfEntry
            ? $"read at line {line} by {Quote(call)}, which looks the key up again and fails if the entry is gone, while {who} removes entries at line {clearing.Effect.Node.Span.StartLine}"
            : $"{(call is ReturnStatement ? $"returned at line {line}" : $"used at line {line} by {Quote(call)}")}, which reads it again, while {who} empties it at line {clearing.Effect.Node.Span.StartLine}";
        return builder.Build(call, Descriptor.FormatMessage(check.Resource.Display, check.Effect.Node.Span.StartLine, used, why), fix);
    }

    /// <summary>The finding for work counted in a group after a test of a flag that a closer sets before it waits for the
    /// group, with no lock of the closer's held from the test to the count.</summary>
    private Finding JoinAfterClose(FunctionModel model, LateJoin late)
    {
        var (check, join, close, wait) = (late.Check, late.Join, late.Close, late.Wait);
        var closer = FindingBuilder.Describe(late.Closer);
        var flag = check.Resource!.Display;
        var sets = close.Effect.FailsTwice ? "closes" : "sets";
        var builder = new FindingBuilder(Descriptor, model)
            .Add(LocationRole.Check, check.Effect.Node, $"reads {flag}")
            .AddLocks(check, "held at the check")
            .AddLocks(join, "held at the count")
            .Add(LocationRole.Act, close.Effect.Node, $"{closer} {sets} {flag} here")
            .Add(LocationRole.Concurrency, wait.Effect.Node, $"{closer} waits here for the work {join.Resource!.Display} counts");
        var counted = $"decides {Quote(join.Effect.Node)} at line {join.Effect.Node.Span.StartLine}, which counts work in {join.Resource.Display} that {closer} " +
                      $"waits for at line {wait.Effect.Node.Span.StartLine} after it {sets} {flag} at line {close.Effect.Node.Span.StartLine}";
        var held = check.CommonLock(join) is { } common
            ? $"{common.NameIn(model.Function)} is held from the check to the count, but {closer} does not hold it when it {sets} {flag}"
            : "with no lock held from the check to the count";
        var why = $"{held}: a {late.Closer.Name} between the two finds nothing counted and returns while the work starts anyway";
        return builder.Build(join.Effect.Node, Descriptor.FormatMessage(flag, check.Effect.Node.Span.StartLine, counted, why),
            FixAdvice.For(FixKind.HoldLockAcrossCheckAndAct, model.Package.Language));
    }

    /// <summary>Where and by what the acts change the state: "changed at line 12 by put(k)", "changed at line 12 and 19 by
    /// put(k)" when every act is the same code, "changed at line 12 by clear() and at line 19 by put(k)" when they differ; past
    /// <see cref="MaxActsNamed"/> kinds of act, the rest are "other code". A call that changes it only on some of its
    /// paths says so.</summary>
    private static string ChangedWhere(IReadOnlyList<Access> acts)
    {
        var byCode = acts.GroupBy(a => Quote(a.Effect.Node)).ToList();
        var named = byCode.Take(MaxActsNamed)
            .Select(g => $"at line {Lines(g)} by {g.Key}{(g.All(a => a.Effect.OnSomePathsInCallee) ? " (on some paths through it)" : "")}").ToList();
        if (byCode.Count > MaxActsNamed) named.Add($"at line {Lines(byCode.Skip(MaxActsNamed).SelectMany(g => g))} by other code");
        return "changed " + Listed(named);
    }

    private const int MaxActsNamed = 2;

    /// <summary>What the test lets run once and must not run twice: a start of a thread or goroutine (<c>if
    /// self._worker is None: self._worker = Thread(target=self._run); self._worker.start()</c>, <c>if c.running { return };
    /// c.running = true; go c.loop()</c>) the act stores (<c>s.timer = time.AfterFunc(d, f)</c>) or that follows the act,
    /// or a write that fails when made twice (<c>if c.closed { return }; c.closed = true; close(c.done)</c>,
    /// <see cref="Effect.FailsTwice"/>) after the check, when the act marks it done or is such a write that a mark
    /// follows (<paramref name="marked"/>, <see cref="FlagGuardedAct"/>); either in the branch the test decides or, after
    /// an early exit, in the rest of its block; null when there is none. In a type built for threads, two callers that
    /// both pass the test both do it.</summary>
    private static OnceOnlyAct? DoneOnce(FunctionModel model, CheckActPair pair, bool marked)
    {
        if (marked && pair.Act.Effect.FailsTwice) return new OnceOnlyAct(pair.Act.Effect.Node, Starts: false);
        // A close a receive of the same channel decides (select { case <-c.done: default: close(c.done) }) is its own
        // mark: a closed channel is always ready, so later callers skip it, but two that test at once both close. The
        // idiom is as common in code one goroutine runs (a service's loop), so a lock of the type is no evidence here.
        if (pair.Act.Effect.FailsTwice && pair.Check.Effect.Node.Parent is UnaryExpression take && model.Package.Facts.Receive(take) is { } receive
            && ReferenceEquals(receive.Channel, pair.Check.Effect.Node) && pair.Check.Resource!.Key == pair.Act.Resource!.Key)
            return new OnceOnlyAct(pair.Act.Effect.Node, Starts: false, MarksItself: true);
        if (!pair.Act.Resource!.IsRelatedTo(pair.Check.Resource!)) return null;
        // The act stores what a start hands back (s.timer = time.AfterFunc(d, f)): the one it overwrites keeps running.
        if (pair.Act.Effect.Node.Parent is Assignment { Values: var values } && values.OfType<CallExpression>().FirstOrDefault(c => model.Package.Facts.SpawnedCallable(c) is not null) is { } stored)
            return new OnceOnlyAct(stored, Starts: true);
        if (pair.Guard is not { Condition: { Parent: IfStatement test } } guard) return null;
        IrNode? decided = guard.Kind == GuardKind.EarlyExit ? test.Parent
            : test.Then.Span.Contains(pair.Act.Effect.Node.Span) ? test.Then : test.Else;
        if (decided is null) return null;
        var after = pair.Act.Effect.Node.Span.EndOffset;
        if (decided.DescendantsAndSelf().FirstOrDefault(n => n.Span.StartOffset >= after
                && (n is SpawnStatement || n is CallExpression call && model.Package.Facts.SpawnedCallable(call) is not null && !ReplacesStopped(decided, call, after, model.Package.Facts))) is { } start)
            return new OnceOnlyAct(start, Starts: true);
        // The act marks the work done (c.closed = true) so that later callers do not pass the test; a close the test only
        // guards (if c.ready != nil { close(c.ready) }) leaves no mark, and code that runs it twice fails anyway.
        if (pair.Act.Effect.FailsTwice) return null;
        // After an early exit, what the rest of the block does; the exit's own branch runs when the test fails.
        var from = guard.Kind == GuardKind.EarlyExit ? test.Span.EndOffset : pair.Check.Effect.Node.Span.EndOffset;
        // Only state that outlives the call: a channel the function makes is closed once per call.
        return model.Accesses.FirstOrDefault(a => a.Effect.FailsTwice && a.Resource is { OutlivesCall: true }
                                                  && a.Effect.Node.Span.StartOffset >= from && decided.Span.Contains(a.Effect.Node.Span))
            is { } failing ? new OnceOnlyAct(failing.Effect.Node, Starts: false) : null;
    }

    /// <summary>True when the start's handle is stored where an earlier call of the block, after the act, stopped the one
    /// there (<c>stopAndClearTimer(&amp;o.timer); o.timer = time.AfterFunc(d, f)</c>, or <c>o.timer.Stop()</c> first): a
    /// second run replaces the task rather than adding one.</summary>
    private static bool ReplacesStopped(IrNode block, CallExpression start, int after, ILanguageFacts facts) =>
        start.Parent is Assignment { Targets: [MemberAccess handle] } && block.DescendantsAndSelf().OfType<CallExpression>().Any(stop =>
            stop.Span.StartOffset >= after && stop.Span.EndOffset <= start.Span.StartOffset
            && (stop.Callee is MemberAccess { Target: var target } && target.SourceCode == handle.SourceCode
                || stop.Arguments.Any(a => facts.WrittenThrough(a.Value) is { } addressed && addressed.SourceCode == handle.SourceCode)));

    /// <summary>What <see cref="DoneOnce"/> found: a start, or a write that fails when made twice; with
    /// <paramref name="MarksItself"/>, a close that a receive of the same channel decides.</summary>
    private sealed record OnceOnlyAct(IrNode Node, bool Starts, bool MarksItself = false)
    {
        public string Consequence => Starts
            ? $"both start the task made at line {Node.Span.StartLine}, so it runs twice"
            : $"both reach {Quote(Node)} at line {Node.Span.StartLine}, which fails when it is made twice";
    }

    /// <summary>An entry of a container of the package, or the state of another object, that the object's own method
    /// takes its lock to reach (<c>self.pools[key] = pool</c> on a class whose <c>__setitem__</c> locks,
    /// <c>c.State.SetRunning(pid)</c>): the object was built for threads, so whoever holds it shares it.</summary>
    private static bool IsStateOfLockingObject(Access access) =>
        access.Resource is { Kind: ResourceKind.StoreEntry } or { IsOtherObjectsState: true } && access.Held.Any(h => h.Helper is not null && h.ShowsThreadSharing);

    /// <summary>A pair with no lock at either point is reported only for state the package shows to be shared: a
    /// concurrent map, a field that other code of its type reaches under a lock (<see cref="LockingShowsSharing"/>), or
    /// state of a function started in parallel while another copy of it can run, or a store-like object that a type
    /// built for concurrent use (it has a lock) looks a key up in and then inserts it. Other unlocked code on plain fields
    /// that are never locked is taken for the type's single-threaded part (configuration, set-up); in a type that has a
    /// lock, a memoisation of its own state is the exception (see where the pairs are filtered).</summary>
    private static bool IsShared(FunctionModel model, CheckActPair pair) =>
        pair.Check.Held.Any(h => h.ShowsThreadSharing) || pair.Act.Held.Any(h => h.ShowsThreadSharing)
        || pair.Check.Resource!.Kind is ResourceKind.ConcurrentEntry or ResourceKind.StoreEntry || ChangesTestedWordAtomically(model, pair)
        || LockingShowsSharing(model, pair.Check.Resource) || LockingShowsSharing(model, pair.Act.Resource!)
        || SpawnEvidence.Of(model).Count > 0
        || SpawnEvidence.RepeatedLiteralAround(model, pair.Act.Effect.Node) is not null
        || StartSharingHolder(model, pair.Check) is not null || StartSharingArgument(model, pair.Check) is not null
        || StartSharingGlobal(model, pair.Check) is not null
        || RunsBesideAWriter(model, pair);

    /// <summary>True when the check reads a word plainly and the act changes it with an atomic call of its own (<c>if
    /// cb.halfOpens == 0 { atomic.AddInt64(&amp;cb.halfOpens, 1) }</c>): only threads that share it need one. Not after a
    /// test whether the field holds an object at all (<c>if (_size != null) _size.decrementAndGet()</c>), which asks of
    /// the field, not of what the call changes, nor after a call (<c>contains(o)</c>, an atomic increment), whose own
    /// kind the pair's other findings weigh.</summary>
    private static bool ChangesTestedWordAtomically(FunctionModel model, CheckActPair pair) =>
        pair.Act is { Resource.Kind: ResourceKind.ConcurrentEntry, Effect.Helper: null } && pair.Check.Effect.Node is not CallExpression && !pair.Check.Effect.Node.Ancestors().TakeWhile(n => n is IrExpression or Argument).Any(n => n is CallExpression)
        && !(pair.Check.Effect.Node.Parent is IrExpression test && ValueTests.Equality(test, model.Package.Facts) is var (left, right, _)
             && (left is LiteralExpression { LiteralKind: LiteralKind.Null } || right is LiteralExpression { LiteralKind: LiteralKind.Null }));

    /// <summary>True when code of the package reaches the state under a lock that shows threads share it, in a way that
    /// lets this function's check go stale: some of that code changes the state (threads change it), or it only reads
    /// it (threads look at it) and code outside the package can call this function, on any thread and two at once. A
    /// function only the package calls runs where its callers run, and a locked read elsewhere says nothing of that.</summary>
    private static bool LockingShowsSharing(FunctionModel model, Resource state) =>
        model.Package.LockedAccessesOf(model.Function, state) is { Count: > 0 } locked
        && (model.Package.Facts.IsVisibleOutsidePackage(model.Function) || locked.Any(l => l.Access.Effect.Kind == EffectKind.Write));

    /// <summary>When the state is inside the object a field of the receiver holds (<c>w.stats.total</c>, an entry of
    /// <c>self.seen</c>) and the function's copies, started on objects made one per turn, all hold the same one there: that
    /// start (<see cref="PackageModel.StartSharingObject"/>); else null. The field itself is each object's own.</summary>
    private static (SpawnSite Start, string Holder)? StartSharingHolder(FunctionModel model, Access check) =>
        check.Resource is { ReceiverField: { } field } state && (state.Kind == ResourceKind.Element || state.Key.Length > Resource.ReceiverKeyPrefix.Length + field.Length)
        && model.Package.StartSharingObject(model.Function, field) is { } start
            ? (start, check.Effect.Node.DescendantsAndSelf().OfType<MemberAccess>().FirstOrDefault(m => m.Member == field && model.Scope.IsReceiver(m.Target))?.SourceCode
                      ?? $"{model.Function.ReceiverName}.{field}")
            : null;

    /// <summary>True when the pair is a gate: an early exit when the state already holds a fixed value that is not empty (a
    /// literal, or a name the function does not bind), the store of that value, and more work after it in the same block
    /// (<c>if p.State == Running { return }; …; p.State = Running; serve()</c>). Storing the value again is harmless, but
    /// two callers that both pass the test both do the work.</summary>
    private static bool GatesWork(FunctionModel model, CheckActPair pair) =>
        pair.Guard is { Kind: GuardKind.EarlyExit } && StoredValues.Of(pair.Act) is { } stored && !ValueTests.IsEmpty(stored)
        && (stored is LiteralExpression { LiteralKind: not LiteralKind.Null } || stored is NameExpression { Name: var name } && model.Scope.ValueOf(name, pair.Act.Effect.Node) is null
            && model.Function.Parameters.All(p => p.Name != name))
        && pair.Act.Effect.Node.Ancestors().OfType<IrStatement>().FirstOrDefault() is { } statement
        && statement.FollowingInBlock().Any(s => s is not (ReturnStatement or JumpStatement));

    /// <summary>When the state is top-level (a package or module variable) or the class's own (<see cref="ThroughType"/>)
    /// and the function's copies are started on objects made one per turn
    /// (<see cref="PackageModel.StartOnObjectsMadeEachTurn"/>), or the function or a caller of it is started on any object
    /// by a method code outside the package can call (<see cref="SpawnEvidence.OpenStartReaching"/>): that start and the
    /// function it starts; else null. Each copy has its own object, but not its own copy of that state.</summary>
    private static (SpawnSite Start, FunctionDecl Started, bool EachTurn)? StartSharingGlobal(FunctionModel model, Access check)
    {
        if (check.Resource is not { IsGlobal: true } && !ThroughType(model, check.Effect.Node)) return null;
        if (model.Package.StartOnObjectsMadeEachTurn(model.Function) is { } eachTurn) return (eachTurn, model.Function, true);
        return SpawnEvidence.OpenStartReaching(model) is var (open, started) ? (open, started, false) : null;
    }

    /// <summary>When the state is inside the object a parameter holds and the function's copies, started in a loop or
    /// twice by one function, are all handed the same one there (<see cref="PackageModel.ArgumentSharingStart"/>), also
    /// when each runs on an object of its own, and they do not call it under a lock they took: that start and the
    /// parameter; else null.</summary>
    private static (SpawnSite Start, string Parameter)? StartSharingArgument(FunctionModel model, Access check) =>
        check.Resource is { Parameter: { } parameter } && model.Package.ArgumentSharingStart(model.Function, parameter) is { } start
        && !SpawnEvidence.CallsItUnderOwnLock(model.Package, model.Function, start)
            ? (start, parameter)
            : null;

    /// <summary>The receiver's field whose type is built for threads (a sync.Map, a ConcurrentHashMap, an atomic word),
    /// when that is what the check reads, with the text of the file its type is declared in (a field's initializer is
    /// not attached to the tree); null otherwise.</summary>
    private static (FieldDecl Field, SourceText DeclaredIn)? ConcurrentField(FunctionModel model, Access check) =>
        check.Resource is { Kind: ResourceKind.ConcurrentEntry, ReceiverField: { } name } && model.Function.OwnerType is { } owner
        && model.Package.FieldOf(owner, name) is { } field && (field.TypeText is not null || field.Initializer is not null)
        && model.Package.TypeNamed(owner) is { } type
            ? (field, type.Module.Text)
            : null;

    /// <summary>What makes the checked field shared by construction: its type (<c>sync.Map</c>, <c>atomic.Bool</c>), or,
    /// for a plain number or flag or a pointer to one, the atomic call that reads it (<c>atomic.LoadInt64(&amp;c.n)</c>,
    /// <c>atomic.LoadInt64(w.limit)</c>): a field handed to the call, not one whose own method it is.</summary>
    private static void AddBuiltForThreads(FindingBuilder builder, FunctionModel model, Access check, FieldDecl field, SourceText declaredIn)
    {
        var handedToCall = check.Effect.Node is CallExpression call
                           && call.Arguments.Any(a => a.Value.DescendantsAndSelf().OfType<MemberAccess>().Any(m => m.Member == field.Name));
        if ((model.Package.Facts.HoldsValue(field) || handedToCall) && check.Effect.Detail is { } atomicCall)
            builder.Add(LocationRole.Concurrency, check.Effect.Node, $"reads {check.Resource!.Display} with {atomicCall}, an atomic call: a sign that threads share it");
        else
            builder.Add(LocationRole.Concurrency, field.Span,
                field.Initializer is { } made
                    ? $"{field.Name} holds what {Folded(declaredIn.Slice(made.Span))} makes, an object built to be shared by threads"
                    : $"{field.Name} is declared {field.TypeText}, a type built to be shared by threads",
                declaredIn);
    }

    /// <summary>Where another function of the package, not a constructor, reaches the checked or the changed state under
    /// a lock, a change before a read (what can make the check stale): what shows the state is shared when nothing starts
    /// the function; null when none does.</summary>
    private static (FunctionDecl Function, Access Access)? LockedElsewhere(FunctionModel model, Access check, Access act) =>
        model.Package.LockedAccessesOf(model.Function, check.Resource!).Concat(model.Package.LockedAccessesOf(model.Function, act.Resource!))
            .Where(l => !ReferenceEquals(l.Function, model.Function) && !model.Package.Facts.IsConstructor(l.Function))
            .OrderBy(l => l.Access.Effect.Kind == EffectKind.Write ? 0 : 1)
            .Select(l => ((FunctionDecl, Access)?)l).FirstOrDefault();

    /// <summary>The check and act run beside a write of the state that their function's starter (or caller) started:
    /// another method on the same object, or another started function literal, or a literal the function itself starts.</summary>
    private static bool RunsBesideAWriter(FunctionModel model, CheckActPair pair) =>
        SiblingStart.Writing(model, pair.Check.Resource!, pair.Act.Effect.Node) is not null
        || SiblingLiteral.Writing(model, pair.Check.Resource!, pair.Act.Effect.Node) is not null
        || StartedWriter.Of(model, pair) is not null
        || OutsideWriter.Of(model, pair) is not null
        || BackgroundLiteral.Of(model, pair) is not null;

    /// <summary>Another branch of the decision that lets the act run changes the same state by a compare-and-set, its own
    /// or a helper's (<c>while (true) { current = state.get(); switch (current) { case IDLE: if (update(current, next))
    /// return; break; default: fail(current); return; } }</c>): the function takes its read for a snapshot that the
    /// compare-and-set proves or refutes, and the branch without one is its answer to a state it does not accept, not a
    /// change that a lost race could make wrong.</summary>
    private static bool SettledByCompareAndSet(FunctionModel model, CheckActPair pair) =>
        pair.Guard is { Kind: GuardKind.Branch, Condition: var decision } && model.Accesses.Any(a =>
            (a.Effect.Kind == EffectKind.AtomicCheckAndAct || a.Effect.AtomicInCallee)
            && a.Resource is { } changed && changed.IsRelatedTo(pair.Check.Resource!)
            && a.Guards.Any(g => g.Kind == GuardKind.Branch && ReferenceEquals(g.Condition, decision) && OnOtherSide(g, a, pair)));

    /// <summary>The act runs only when a compare-and-set of the same state, made after the check, succeeded (<c>if
    /// atomic.CompareAndSwapUint32(&amp;s.state, online, stopping) { …; act }</c>): only the caller that won it gets there,
    /// whatever the check saw.</summary>
    private static bool WonByCompareAndSet(FunctionModel model, CheckActPair pair) =>
        pair.Act.Guards.Any(g => g.Kind == GuardKind.Branch && GuardShapes.Deciding(g, pair.Act) is ({ } condition, true)
            && model.Accesses.Any(a => a.Effect.Kind == EffectKind.AtomicCheckAndAct && a.Order > pair.Check.Order && ReferenceEquals(a.Effect.Node, condition)
                                       && a.Resource is { } swapped && swapped.IsRelatedTo(pair.Check.Resource!)));

    /// <summary>True when <paramref name="other"/>, which <paramref name="guard"/> decides, runs on another side of the
    /// decision than the pair's act: another case of a switch, or the other branch of an if.</summary>
    private static bool OnOtherSide(Guard guard, Access other, CheckActPair pair) =>
        !pair.Act.Guards.Contains(guard)
        || GuardShapes.Deciding(guard, other) is var (_, otherWhenTrue) && GuardShapes.Deciding(guard, pair.Act) is var (_, actWhenTrue) && otherWhenTrue != actWhenTrue;

    /// <summary>The act is the check's own call made again (<c>lock = self.get(key)</c>, and under a lock
    /// <c>lock = self.get(key)</c> once more, where get() drops an expired entry): a second lookup, double-checked, whose
    /// writes the first lookup could make just the same; the check decides nothing about them.</summary>
    private static bool RepeatsTheCheck(FunctionModel model, CheckActPair pair) =>
        pair.Act.Effect.Node is CallExpression act && pair.Check.Effect.Node is CallExpression check
        && model.Scope.Normalize(act) == model.Scope.Normalize(check);

    /// <summary>The act works on what the function took out of the state after the check: read and emptied under one
    /// exclusive lock (<c>if len(r.hidden) == 0 { return }; r.mu.Lock(); for _, c := range r.hidden { cs = append(cs, c) };
    /// r.hidden = nil; r.mu.Unlock(); r.register(cs...)</c>). A stale check only decides whether the work is done at
    /// all, on values no other goroutine has any more.</summary>
    private static bool ActsOnWhatItTookOut(FunctionModel model, CheckActPair pair) =>
        pair.Act.Sources.Any(read => read.Order > pair.Check.Order && read.Resource is { } again && again.IsRelatedTo(pair.Check.Resource!)
                                     && model.Accesses.Any(emptied => emptied.Order > read.Order && emptied.Order < pair.Act.Order
                                                                      && emptied.Resource is { } state && state.IsRelatedTo(again)
                                                                      && read.CommonExclusiveLock(emptied) is not null && Empties(emptied)));

    /// <summary>A send or a close that goes wrong only if other code closes the same channels, when nothing does. A send
    /// on a channel a local took from the state (<c>ch := h.conns[id]</c>, or an item of a copy of it: <c>for _, ch :=
    /// range subs</c>) after the lock is gone panics only on a channel another task closed meanwhile (an unsubscriber's
    /// <c>delete(p.subs, ch); close(ch)</c>); with no close of that state anywhere in the package it can only wait. A close
    /// of each channel a loop over the state goes through (a shutdown's <c>for _, ch := range outboxes { close(ch) }</c>)
    /// closes one twice only when another function closes them too.</summary>
    private static bool ActWhereNothingCloses(FunctionModel model, CheckActPair pair) =>
        CheckActPairs.SendsOnTakenChannel(model, pair.Act) ? CloserOf(model, pair.Act.Resource!, except: null) is null
        : pair.Act.Effect.FailsTwice && pair.Guard?.Kind == GuardKind.Iteration && CloserOf(model, pair.Act.Resource!, except: model.Function) is null
          || WaitsWhereNothingSends(model, pair.Act);

    /// <summary>A receive from a channel a local took from the state (<c>other := b.inProgress[h]; …; &lt;-other</c>) when no
    /// function of the package sends on the state's channels: it waits for a close and takes nothing.</summary>
    private static bool WaitsWhereNothingSends(FunctionModel model, Access act) =>
        act.Effect.Node is UnaryExpression take && model.Package.Facts.Receive(take) is { } receive && model.Scope.ResourceOf(receive.Channel) is null
        && StateReach.AccessElsewhere(model, act.Resource!, a => a.Effect.Appends) is null;

    /// <summary>A close of a channel of <paramref name="state"/> in a function of the package that reaches it, other than
    /// <paramref name="except"/>; null when there is none.</summary>
    private static (FunctionDecl Function, Access Access)? CloserOf(FunctionModel model, Resource state, FunctionDecl? except) =>
        StateReach.AccessElsewhere(model, state, a => a.Effect.FailsTwice, except);

    /// <summary>The check read an entry into a local and, under the same exclusive hold, the function removed that entry
    /// (<c>w.mu.Lock(); ch := w.waiters[id]; delete(w.waiters, id); w.mu.Unlock(); if ch != nil { ch &lt;- v; close(ch) }</c>):
    /// a second caller finds the entry gone, so what the act sends on or closes through the local is this caller's
    /// alone.</summary>
    private static bool ActsOnEntryItTookOut(FunctionModel model, CheckActPair pair) =>
        pair.Check.Effect is { Kind: EffectKind.Read, Node: IrExpression entry } && pair.Check.Resource is { Kind: ResourceKind.Element } read
        && model.Accesses.Any(removal => removal.Order > pair.Check.Order && removal.Order < pair.Act.Order
                                         && removal.Effect is { Kind: EffectKind.Write, Removes: true } && removal.Resource is { } removed
                                         && removed.IsRelatedTo(read) && removed.Display == read.Display && pair.Check.CommonExclusiveLock(removal) is not null)
        && pair.Act.Effect.Node.DescendantsAndSelf().OfType<NameExpression>().Any(local => ReferenceEquals(model.Scope.ValueOf(local.Name, local), entry));

    private static bool Empties(Access write) =>
        write.Effect is { Kind: EffectKind.Write, Removes: true } || write.Effect.Kind == EffectKind.Write && StoredValues.Of(write) is { } value && ValueTests.IsEmpty(value);

    /// <summary>The lock of the function's type, when the type's having one is all that shows the pair is shared (a
    /// lazily made value that no method locks around, in a type built for threads); null otherwise.</summary>
    private static TypeLockEvidence? TypeLockAlone(FunctionModel model, Access check, Access act) =>
        IsShared(model, new CheckActPair(check, null, act)) ? null : TypeLock(model);

    /// <summary>The function's type's lock field (<c>mu</c>), or else the first of its methods that takes a lock (a Java
    /// <c>synchronized</c> method); null for a type with neither. A lock only the tasks of an event loop take says
    /// nothing of threads: tasks take turns only where one awaits.</summary>
    private static TypeLockEvidence? TypeLock(FunctionModel model)
    {
        if (model.Function.OwnerType is not { } owner) return null;
        var facts = model.Package.Facts;
        if (model.Package.TypeNamed(owner)?.Fields.FirstOrDefault(f => facts.IsLockField(f) && !(f.Initializer is { } made && facts.IsTaskLock(made))) is { } field)
            return new TypeLockEvidence(field, $"{owner} has a lock, {field.Name}", $"{owner} has this lock");
        return model.Package.LockingMethodOf(owner) is { } method
            ? new TypeLockEvidence(method, $"{owner}'s method {method.Name} takes a lock", $"{owner}'s method {method.Name} takes a lock")
            : null;
    }

    /// <summary>What shows a type is meant to be shared: where, and how the message (<see cref="Phrase"/>) and the
    /// related location (<see cref="Says"/>) put it.</summary>
    private sealed record TypeLockEvidence(IrNode Where, string Phrase, string Says);

    /// <summary>A constructor's check and act on the object it is making (Java's <c>ZKDatabase(…)</c>, Python's
    /// <c>__init__</c>): no other thread has the object before the constructor returns it. State of the class
    /// (<see cref="ThroughType"/>) is every object's.</summary>
    private static bool OnObjectUnderConstruction(FunctionModel model, CheckActPair pair) =>
        model.Package.Facts.IsConstructor(model.Function) && pair.Check.Resource!.IsReceiverState && pair.Act.Resource!.IsReceiverState
        && !ThroughType(model, pair.Check.Effect.Node) && !ThroughType(model, pair.Act.Effect.Node);

    /// <summary>True when the pair is on fields of the object the method runs on, not on its class's state.</summary>
    private static bool OnOwnFields(FunctionModel model, CheckActPair pair) =>
        pair.Check.Resource!.IsReceiverState && !model.Package.Facts.IsClassLevel(model.Function)
        && !ThroughType(model, pair.Check.Effect.Node) && !ThroughType(model, pair.Act.Effect.Node);

    /// <summary>True when <paramref name="node"/> reaches the state through the type itself (<c>Conn.count</c> in a
    /// method of Conn, <c>self.__class__.count</c>): the class's own state, which every object shares, not the one being
    /// made.</summary>
    private static bool ThroughType(FunctionModel model, IrNode node) =>
        node.DescendantsAndSelf().OfType<MemberAccess>().FirstOrDefault(m => m.Target is NameExpression || model.Package.Facts.NamesReceiverClass(m.Target, model.Function)) is { Target: var reached }
        && (model.Package.Facts.NamesReceiverClass(reached, model.Function) || reached is NameExpression { Name: var name } && name == model.Function.OwnerType && name != model.Function.ReceiverName);

    /// <summary>A field of the receiver that only the methods one goroutine or thread runs touch (Go's
    /// <c>go wait.Until(c.monitor, …)</c> and everything <c>monitor</c> calls): no other task reaches it, whatever locks
    /// other code holds around it. An await between the check and the act is another matter: tasks of one event loop
    /// interleave there. So is the state inside an object the field holds when the objects started side by side all
    /// hold the same one (<see cref="StartSharingHolder"/>): the field is each task's own, the object is not. Nor is a
    /// method that turns a second run away, started where code outside the package can start it again
    /// (<see cref="SpawnEvidence.OpenStartOfGatedRun"/>): its one go statement runs once per call.</summary>
    private static bool ConfinedToOneTask(FunctionModel model, CheckActPair pair) =>
        pair.Check.Resource is { Kind: ResourceKind.Field or ResourceKind.Element, ReceiverField: { } field }
        && model.Function.OwnerType is { } owner && model.Package.ChangesAlone(owner, field, model.Function, othersMayAppend: false)
        && StartSharingHolder(model, pair.Check) is null
        && SpawnEvidence.OpenStartOfGatedRun(model.Package, model.Function, model.Package.SpawnSitesOf(model.Function)) is null;

    /// <summary>The act takes one item out of state that, but for this function's one task, other code only appends to
    /// (a consumer thread's <c>if (!queue.isEmpty()) { r = queue.poll(); … }</c> while producers <c>queue.add(r)</c>):
    /// what the check found there is still there, in the same place (<see cref="PackageModel.ChangesAlone"/>).</summary>
    private static bool TakenAlone(FunctionModel model, CheckActPair pair) =>
        pair.Act.Effect is { Kind: EffectKind.Write, TakesOne: true } && pair.Act.Resource is { ReceiverField: { } field } taken
        && pair.Check.Resource!.IsRelatedTo(taken) && model.Function.OwnerType is { } owner && model.Package.ChangesAlone(owner, field, model.Function, othersMayAppend: true);

    /// <summary>The check and the act share only a read lock of the receiver that the function takes to keep out the
    /// methods that take it to write, and no other code of the package takes to read (<c>Next</c> works under
    /// <c>itr.mu.RLock()</c>, <c>Close</c> takes <c>itr.mu.Lock()</c>): the writers cannot come between them, and the only
    /// other reader would be another run of this function.</summary>
    private static bool OnlyReaderOfItsLock(FunctionModel model, CheckActPair pair) =>
        pair.Check.CommonExclusiveLock(pair.Act) is null
        && pair.Check.CommonLock(pair.Act) is { Mode: LockMode.Shared, Origin: LockOrigin.Acquired, Name: var name }
        && name.StartsWith(Resource.ReceiverKeyPrefix, StringComparison.Ordinal) && model.Package.ReadsOnlyToKeepWritersOut(model.Function, name);

    private static bool RunsOnce(FunctionModel model) => model.Function.OwnerType is { } owner && model.Package.RunsOncePerObject(owner, model.Function.Name);

    /// <summary>The check and the act run in one handler written as a function literal
    /// (<c>http.HandleFunc("/", func(w, r) { … })</c>), a copy of which runs for each request, many at a time.</summary>
    private static bool ServedByLiteral(FunctionModel model, CheckActPair pair) =>
        RequestLiteralAround(model, pair.Act.Effect.Node) is { } literal && ReferenceEquals(literal, RequestLiteralAround(model, pair.Check.Effect.Node));

    private static FunctionLiteral? RequestLiteralAround(FunctionModel model, IrNode node) =>
        node.Ancestors().TakeWhile(a => !ReferenceEquals(a, model.Function)).OfType<FunctionLiteral>().FirstOrDefault(model.Package.Facts.ServesRequests);

    /// <summary>The act calls a method of the same type, or a plain function, that checks the state itself before every
    /// write of it: under a lock (double-checked locking through a helper, what sync.Once does), so the unlocked check
    /// here only saves the call; or without one, so the write hangs on the callee's own reading, and a race there is the
    /// callee's, reported in the callee. A write made only on the first run of a method (<see cref="OnceGuards"/>) cannot happen here when
    /// this function already called that method on every path before the check.</summary>
    private static bool RecheckedByCallee(FunctionModel model, Access check, Access act)
    {
        if (act.Effect.Node is not CallExpression call || act.Resource is not { } written) return false;
        var callees = call.Callee switch
        {
            MemberAccess { Target: var target, Member: var method } when model.Scope.IsReceiver(target) => model.Package.FunctionsCalled(model.Function.OwnerType, method, call),
            NameExpression { Name: var function } => model.Package.PlainFunctionsCalled(model.Function, function, call),
            _ => [],
        };
        return callees.Count > 0 && callees.All(callee =>
        {
            var writes = model.Package.SummaryOf(callee).Writes.Where(w => w.Resource.IsRelatedTo(written)).ToList();
            return writes.Count > 0 && writes.All(w => w.Rechecked || w.DecidedInside
                || w.OnceIn is { } once && (CalledOnEveryPathBefore(model, once, check) || ChangedOnlyOnceOnReceiver(model, check, once)));
        });
    }

    /// <summary>True when the act's method checks the state again under its lock and fails when it finds it changed, and
    /// the function hands that failure on as it is (<c>if _, err := s.Update(img); errors.Is(err, ErrNotFound) { _, err
    /// = s.Create(img); return err }</c>): the re-check keeps the state whole, but a caller that lost the race gets an
    /// error for work another caller did.</summary>
    private static bool LostRaceFails(FunctionModel model, CheckActPair pair) =>
        pair.Act.Effect is { RefusedInCallee: true, Node: CallExpression act } && model.Package.Facts.PassesOnFailure(act, model.Function);

    /// <summary>True when what must happen once (<see cref="DoneOnce"/>) follows the act in the same block
    /// (<c>if c.Closed() { return }; c.Close(); close(c.quit)</c>): a callee that checks again under its lock guards its
    /// own change, not what the caller does after it on the first check alone.</summary>
    private static bool OnceOnlyActFollows(FunctionModel model, CheckActPair pair) =>
        DoneOnce(model, pair, marked: false) is { } once
        && pair.Act.Effect.Node.Ancestors().OfType<IrStatement>().FirstOrDefault(s => s.Parent is Block) is { } statement
        && statement.FollowingInBlock().Any(s => s.Span.Contains(once.Node.Span));

    /// <summary>The act changes what the checked field refers to (not the field itself) through a method that takes a lock
    /// around the change (<c>s.sys.sendq.push(m)</c>, whose push locks the queue, after <c>if s.sys == nil { … }</c>),
    /// while one hold of a lock, even a read lock, spans the check and the act: the field cannot be swapped in between
    /// by a writer that needs that lock, and callers that pass the check together make their changes one at a time.</summary>
    private static bool SelfLockedUnderHold(CheckActPair pair) =>
        pair.Check.CommonLock(pair.Act) is not null && pair.Act.Resource is { } changed && pair.Check.Resource is { } checkedState
        && changed.IsPartOf(checkedState) && pair.Act.Effect.CalleeLocks?.Any(l => l.Mode == LockMode.Exclusive) == true;

    /// <summary>The act is in a branch that a test made under an exclusive lock decides, and the branch itself sets what
    /// the test read under the same hold (<c>if (!initialized) { synchronized (this) { if (login == null) { login =
    /// new Login(); initialized = true; } } }</c>): double-checked locking on a sibling field. Once one caller has set
    /// it, no other enters the branch, so the unlocked check before only saves the lock.</summary>
    private static bool InOnceBlock(FunctionModel model, Access act) =>
        act.Guards.Any(guard => guard.Kind != GuardKind.Iteration && guard.Reads.Any(test =>
            test.Resource is { } tested && test.CommonExclusiveLock(act) is { } held
            && model.Accesses.Any(set => set.Effect.Kind == EffectKind.Write && set.Resource?.Key == tested.Key && set.Guards.Contains(guard)
                                         && set.Held.Any(h => h.Instance == held.Instance))));

    /// <summary>The act is a method of another object that decides its write on its own reading of that object's state
    /// (under its lock or not): a race there is the object's, reported in that method.</summary>
    private static bool DecidedByObject(FunctionModel model, Access act) =>
        act.Effect is { Helper: not null } and ({ Rechecked: true } or { DecidedInCallee: true })
        && act.Effect.Node is CallExpression { Callee: MemberAccess { Target: var target } } && !model.Scope.IsReceiver(target);

    /// <summary>True when the check reads a field of the receiver that the package changes only in <paramref name="method"/>,
    /// under the flag that lets that method run once per object (<c>if o.closed { return }; o.closed = true; o.mset =
    /// nil</c>): the field goes its one way once, so a check that went stale found the step already taken, and the
    /// method does nothing the second time.</summary>
    private static bool ChangedOnlyOnceOnReceiver(FunctionModel model, Access check, string method) =>
        OwnField(model, check) is var (owner, field) && ChangedOnlyOnce(model.Package, owner, field, method);

    /// <summary>The method lets one run per object past a compare-and-set it wins (<see
    /// cref="PackageModel.WinsItsGateOnce"/>: <c>if !c.closed.CompareAndSwap(false, true) { return }</c>) and is the
    /// only code that changes the field it checks and changes: both are that one run's (<c>c.err = err; if c.err == nil
    /// { c.err = io.ErrClosedPipe }</c>; remotedialer's fixed tunnel close).</summary>
    private static bool InOnceRun(FunctionModel model, CheckActPair pair) =>
        pair.Act.Resource?.Key == pair.Check.Resource?.Key && OwnField(model, pair.Check) is var (owner, field)
        && model.Package.WinsItsGateOnce(model.Function) && model.Package.IsAssignedOnlyIn(owner, field, model.Function.Name);

    // The receiver's field the check reads as a whole (not an element or a field of it), with the method's type.
    private static (string Owner, string Field)? OwnField(FunctionModel model, Access check) =>
        check.Resource?.ReceiverField is { } field && check.Resource.Key == Resource.ReceiverKeyPrefix + field && model.Function.OwnerType is { } owner
            ? (owner, field)
            : null;

    /// <summary>The same for another object's field, checked and changed through methods of that object
    /// (<c>if o.getStream() != nil { o.stop() }</c>, where only o's run-once stop clears its stream).</summary>
    private static bool StoppedOnceByObject(FunctionModel model, Access check, Access act) =>
        act.Effect is { OnceIn: { } method, Node: CallExpression { Callee: MemberAccess { Target: var target } } }
        && !model.Scope.IsReceiver(target) && model.Scope.ObjectTypeOf(target) is { } type
        && act.Resource is { Key: var key } && check.Resource?.Key == key
        && key.IndexOf(Resource.ObjectStateSeparator, StringComparison.Ordinal) is var at and >= 0
        && key[(at + Resource.ObjectStateSeparator.Length)..] is var field && field.IndexOfAny(['.', '[', ':']) < 0
        && ChangedOnlyOnce(model.Package, type, field, method);

    private static bool ChangedOnlyOnce(PackageModel package, string ownerType, string field, string method) =>
        package.RunsOncePerObject(ownerType, method) && package.IsAssignedOnlyIn(ownerType, field, method);

    /// <summary>True when the function calls <paramref name="method"/> on its receiver before <paramref name="check"/>,
    /// outside any branch, loop or closure (<c>if err := c.init(); err != nil { return err }</c> counts: the call runs
    /// whichever way the if goes).</summary>
    private static bool CalledOnEveryPathBefore(FunctionModel model, string method, Access check) =>
        model.Function.Body is { } body && body.DescendantsAndSelf().OfType<CallExpression>().Any(call =>
            call.Callee is MemberAccess { Member: var name, Target: var target } && name == method && model.Scope.IsReceiver(target)
            && call.Span.EndOffset <= check.Effect.Node.Span.StartOffset
            && call.Ancestors().TakeWhile(a => !ReferenceEquals(a, body)).All(a => a is not (Block or LoopStatement or FunctionLiteral)));

    private static (string Why, string Fix, FindingLevel? Level) Explain(FunctionModel model, Access check, IReadOnlyList<Access> acts, IReadOnlyList<SpawnSite> spawns, IrNode? literalSpawn, ParallelCaller? parallelCaller, IrExpression? yieldPoint, RequestHandler? handler, ConcurrencyClaim? claim)
    {
        var act = acts[0];
        var hold = FixAdvice.For(FixKind.HoldLockAcrossCheckAndAct, model.Package.Language);
        var recheck = FixAdvice.For(FixKind.RecheckUnderWriteLock, model.Package.Language);
        var common = check.CommonLock(act);
        // Only a function's documentation asks its callers for a read lock; a name promises a write lock.
        if (common is { Mode: LockMode.Shared })
            return ($"under {ReadLock(common.NameIn(model.Function))}, {(common.DocumentedBy is null ? "" : $"which {ConventionSource(model.Function, common)} says its callers hold, and ")}which other readers hold at the same time, so two of them can pass the check and both change it",
                recheck, null);
        if (common is { Origin: LockOrigin.Convention })
            return ($"which is safe only if every caller holds {common.NameIn(model.Function)}, as {ConventionSource(model.Function, common)} says; {CallersOfConvention(model)}",
                hold, model.PartlyHeldByCallers is null ? FindingLevel.Note : null);
        var atAct = act.Held.FirstOrDefault();
        var atCheck = check.Held.FirstOrDefault();
        if (atAct is not null && check.Held.FirstOrDefault(h => h.Name == atAct.Name) is { } before)
        {
            return before.Mode == LockMode.Shared && atAct.Mode == LockMode.Exclusive
                ? ($"checked under {ReadLock(before.NameIn(model.Function))} and changed under the write lock taken at {WhereTaken(acts, atAct)}{(RecheckedByCallee(model, check, act) ? ", which checks it again" : " without re-checking")}", recheck, null)
                : ($"and {atAct.NameIn(model.Function)} is released and re-taken at {WhereTaken(acts, atAct)} in between", hold, null);
        }
        if (atAct is not null)
            return ($"but the check runs before {atAct.NameIn(model.Function)} is taken at {WhereTaken(acts, atAct)}", hold, null);
        if (atCheck is not null)
            return ($"but {atCheck.NameIn(model.Function)} is released before the act", hold, null);
        // Copies of a task interleave only where one of them waits: there the others run, whatever started them.
        if (yieldPoint is not null && model.Package.Facts.RunsAsTask(model.Function)) return YieldExplained(model, yieldPoint);
        if (literalSpawn is not null)
            return ($"with no lock held at either point, while the function literal they are in is started in parallel at line {literalSpawn.Span.StartLine}{FindingBuilder.Repetition(literalSpawn, model)}",
                hold, null);
        if (spawns.Count > 0)
            return ($"with no lock held at either point, while {model.Function.Name} is started in parallel at line {spawns[0].Site.Span.StartLine}{FindingBuilder.Repetition(spawns[0], model.Function, model)}",
                hold, null);
        if (StartSharingHolder(model, check) is var (start, holder))
            return ($"with no lock held at either point, while {model.Function.Name} is started in parallel at line {start.Site.Span.StartLine}, in a loop, on objects that all hold the same {holder}",
                hold, null);
        if (StartSharingArgument(model, check) is var (handing, parameter))
            return ($"with no lock held at either point, while {model.Function.Name} is started in parallel at line {handing.Site.Span.StartLine}, and every copy is handed the same {parameter}",
                hold, null);
        if (parallelCaller is null && StartSharingGlobal(model, check) is var (shared, startedCopy, eachTurn))
            return (eachTurn
                    ? $"with no lock held at either point, while {model.Function.Name} is started in parallel at line {shared.Site.Span.StartLine}, in a loop, on objects of their own that all reach {check.Resource!.Display}"
                    : $"with no lock held at either point, while {(ReferenceEquals(startedCopy, model.Function) ? model.Function.Name : $"{startedCopy.Name}, which calls {model.Function.Name},")} is started at line {shared.Site.Span.StartLine} by {FindingBuilder.Describe(shared.Spawner)}, which code outside the package can call on every object, and each copy reaches {check.Resource!.Display}",
                hold, null);
        // A function a handler reaches, some of whose callers hold a lock, is better told by those callers.
        if (handler is not null && (ReferenceEquals(handler.Node, model.Function) || model.PartlyHeldByCallers is null))
            return (ReferenceEquals(handler.Node, model.Function)
                    ? $"with no lock held at either point, while {model.Function.Name} {handler.Runs}, many at a time"
                    : handler.Contract is null
                        ? $"with no lock held at either point, while {model.Function.Name} runs in requests {FindingBuilder.Describe(handler, model.Function)} serves, many at a time"
                        : $"with no lock held at either point, while {model.Function.Name} runs in {FindingBuilder.Describe(handler, model.Function)}, which {handler.Runs}, many at a time",
                hold, null);
        if (RequestLiteralAround(model, act.Effect.Node) is { } requestLiteral)
            return ($"with no lock held at either point, while the function literal at line {requestLiteral.Span.StartLine} that they are in serves requests, many at a time", hold, null);
        if (parallelCaller is { Started: var started, Spawns: [var spawn, ..] })
            return ($"with no lock held at either point, while {model.Function.Name} runs in every copy of {FindingBuilder.Describe(started)}, which is started in parallel at line {spawn.Site.Span.StartLine}{FindingBuilder.Repetition(spawn, started, model)}",
                hold, null);
        if (yieldPoint is not null) return YieldExplained(model, yieldPoint);
        // Callers' locks reach no function literal the function starts.
        if (model.PartlyHeldByCallers is { } partly && model.StartedLiteralAround(check.Effect.Node) is null && model.StartedLiteralAround(act.Effect.Node) is null)
            return ($"with no lock held at either point in {model.Function.Name}: {CallsHolding(partly, HeldLock.Spell(partly.Name, model.Function), model.Function)}",
                hold, null);
        if (SiblingLiteral.Writing(model, check.Resource!, act.Effect.Node) is { } literal)
            return ($"with no lock held at either point, while the function literal started at line {literal.Other.Site.Span.StartLine} changes it at the same time as the one started at line {literal.Mine.Site.Span.StartLine}",
                hold, null);
        if (StartedWriter.Of(model, new CheckActPair(check, null, act)) is { } writer)
            return ($"with no lock held at either point, while the function literal {model.Function.Name} starts at line {writer.Site.Span.StartLine} changes it at the same time as the next call of {model.Function.Name}",
                hold, null);
        if (SiblingStart.Writing(model, check.Resource!, act.Effect.Node) is { } sibling)
            return ($"with no lock held at either point, while {FindingBuilder.Describe(sibling.Writer)} changes it at the same time: {FindingBuilder.Describe(sibling.Spawner)} {SetGoing(model, sibling)}",
                hold, null);
        if (BackgroundLiteral.Of(model, new CheckActPair(check, null, act)) is { } literalWriter)
            return ($"with no lock held at either point, while the function literal {literalWriter.Start.Spawner.Name} starts at line {literalWriter.Start.Site.Span.StartLine} changes it at the same time: {literalWriter.SetGoing}, and nothing in the package calls {model.Function.Name} on a known object: other code calls it at any time",
                hold, null);
        if (OutsideWriter.Of(model, new CheckActPair(check, null, act)) is { } outside)
            return ($"with no lock held at either point, while {FindingBuilder.Describe(outside.Writer)} changes it at the same time: {outside.SetGoing(model.Function)}, and nothing in the package calls {outside.Writer.Name} on a known object: other code calls it at any time",
                hold, null);
        if (claim is not null && check.Resource!.IsReceiverState)
            return ($"with no lock held at either point, while the documentation of {claim.Subject} at line {claim.Documentation.Where.Span.StartLine} promises concurrent use: \"{claim.Sentence}\"",
                hold, null);
        if (TypeLockAlone(model, check, act) is { } typeLock)
            return ($"with no lock held at either point, though {typeLock.Phrase}", hold, null);
        return ("with no lock held at either point", hold, null);
    }

    private static (string Why, string Fix, FindingLevel? Level) YieldExplained(FunctionModel model, IrExpression yieldPoint) =>
        ($"with no lock held at either point, while `{Quote(yieldPoint)}` at line {yieldPoint.Span.StartLine} lets other tasks run in between",
            FixAdvice.For(FixKind.HoldTaskLockAcrossYield, model.Package.Language), null);

    /// <summary>How the sibling's spawner sets the function and the writer going: "starts Open at line 3 and Close at line
    /// 4", "starts run at line 3 and then calls Stop at line 4", "starts Add at line 3 and then calls Remove at line 4".</summary>
    private static string SetGoing(FunctionModel model, SiblingStart sibling)
    {
        var other = $"{sibling.Writer.Name} at line {sibling.Other.Span.StartLine}";
        if (sibling.Mine is null)
            return $"starts {other} on {sibling.HandedOut}, and nothing in the package calls {model.Function.Name} on a known object: other code calls it at any time";
        var mine = $"{model.Function.Name} at line {sibling.Mine.Span.StartLine}";
        return (sibling.MineStarted, sibling.OtherStarted) switch
        {
            (true, true) => $"starts {mine} and {other}",
            (false, _) => $"starts {other} and then calls {mine}",
            (true, false) => $"starts {mine} and then calls {other}",
        };
    }

    /// <summary>What says the callers hold the lock: "the name fooLocked" or "the documentation of foo at line 12
    /// (\"Lock should be held.\")".</summary>
    private static string ConventionSource(FunctionDecl function, HeldLock convention) => convention.DocumentedBy is { } duty
        ? $"the documentation of {function.Name} at line {duty.Documentation.Where.Span.StartLine} (\"{duty.Sentence}\")"
        : $"the name {function.Name}";

    /// <summary>What the package shows of the callers a locked-by-name function relies on: a call without the lock makes
    /// the finding a warning, not a note.</summary>
    private static string CallersOfConvention(FunctionModel model) => model.PartlyHeldByCallers is { } partly
        ? CallsHolding(partly, "it", model.Function)
        : "this analysis found no caller in the package that holds it";

    /// <summary>"2 of the 3 calls to it in the package hold c.mu, but Client.Reset calls it without", which of them hold
    /// it by having the function take it ("1 of them by passing true for shouldLock, so that remove takes it"), and which
    /// calls the count leaves out: those on an object the caller has just made, which need no lock, and those in tests.</summary>
    private static string CallsHolding(PartlyHeldLock partly, string held, FunctionDecl function)
    {
        var leftOut = new List<string>();
        if (partly.OnNewObjects > 0) leftOut.Add($"{partly.OnNewObjects} on an object its caller has just made");
        if (partly.InTests > 0) leftOut.Add($"{partly.InTests} in tests");
        var taking = partly.TakenOnFlag is { } flag
            ? $" ({flag.Calls} of them by passing {(flag.Value ? "true" : "false")} for {flag.Flag}, so that {function.Name} takes it)"
            : string.Empty;
        return $"{partly.Holding} of the {partly.Calls} calls to it in the package {(partly.Holding == 1 ? "holds" : "hold")} {held}{taking}, but {Names(partly.Without)} "
               + $"{(partly.Without.Count == 1 ? "calls" : "call")} it without{(leftOut.Count == 0 ? string.Empty : $" (not counting {string.Join(" and ", leftOut)})")}";
    }

    private const string LockMadeTwiceClause =
        "; two callers that run it at once can both find it missing and each store a lock of its own, so each then locks one the other does not and neither keeps the other out";

    private const string MemoisationClause =
        "; two callers that run it at once can both find it missing and both store a value, and the later store wins: memoisation, harmless only if making the value twice is";

    /// <summary>"A", "A and B", "A, B and C", or "A, B, C and 2 others".</summary>
    private static string Names(IReadOnlyList<FunctionDecl> functions)
    {
        var names = functions.Take(3).Select(FindingBuilder.Describe).ToList();
        var more = functions.Count - names.Count;
        if (more > 0) names.Add($"{more} {(more == 1 ? "other" : "others")}");
        return Listed(names);
    }

    /// <summary>In a function whose task lets others run only at its yield points, a check and an act with no lock and
    /// no such point between them run as one step: other tasks cannot come in between.</summary>
    private static bool IsOneTaskStep(FunctionModel model, IReadOnlyList<IrExpression> yields, CheckActPair pair) =>
        (yields.Count > 0 || model.Package.Facts.RunsAsTask(model.Function)) && pair.Check.Held.Count == 0 && pair.Act.Held.Count == 0;

    /// <summary>The points in the function's own body (not in functions nested in it) where its task lets others run.</summary>
    private static List<IrExpression> YieldPoints(FunctionModel model) =>
        !model.Package.Facts.TasksYield ? [] : model.Function.Body?.DescendantsAndSelf().OfType<IrExpression>()
            .Where(e => model.Package.Facts.YieldsToOtherTasks(e)
                        && !e.Ancestors().TakeWhile(a => !ReferenceEquals(a, model.Function)).Any(a => a is FunctionDecl or FunctionLiteral))
            .ToList() ?? [];

    /// <summary>True when a yield point stands between <paramref name="first"/> and <paramref name="later"/> in the
    /// function's text, on a path from the one to the other (<see cref="ComesBefore"/>).</summary>
    private static bool YieldsBetween(IReadOnlyList<IrExpression> yields, Access first, Access later) =>
        yields.Any(y => y.Span.StartOffset >= first.Effect.Node.Span.EndOffset && y.Span.StartOffset < later.Effect.Node.Span.StartOffset
                        && ComesBefore(y, first.Effect.Node, later.Effect.Node));

    /// <summary>The first point after <paramref name="statement"/> where other tasks can run before <paramref name="use"/>,
    /// when no lock is held at the use.</summary>
    private static IrExpression? YieldAfter(IReadOnlyList<IrExpression> yields, IrStatement statement, Access use) =>
        use.Held.Count > 0 ? null
            : yields.FirstOrDefault(y => y.Span.StartOffset >= statement.Span.EndOffset && y.Span.StartOffset <= use.Effect.Node.Span.StartOffset && ComesBefore(y, statement, use.Effect.Node));

    /// <summary>The first point after the check where other tasks can run before the act goes on: one between the two,
    /// the one that awaits the act itself (the awaited call runs its writes after its own awaits), or one in the value
    /// an assignment stores (<c>self.cache[k] = await fetch(k)</c>: the value is made before the store). With no lock
    /// held, another task can change the state there.</summary>
    private static IrExpression? YieldBetween(IReadOnlyList<IrExpression> yields, Access check, Access act)
    {
        var (from, to) = (check.Effect.Node.Span.EndOffset, act.Effect.Node.Span.StartOffset);
        var stored = act.Effect.Node.Parent is Assignment assignment && assignment.Targets.Contains(act.Effect.Node) ? assignment.Values : [];
        return check.Held.Count > 0 || act.Held.Count > 0 ? null
            : yields.FirstOrDefault(y => y.Span.StartOffset >= from && y.Span.StartOffset <= to && ComesBefore(y, check.Effect.Node, act.Effect.Node)
                                         || stored.Any(value => value.Span.StartOffset <= y.Span.StartOffset && y.Span.EndOffset <= value.Span.EndOffset));
    }

    /// <summary>True when the task lets others run at <paramref name="yield"/> before <paramref name="act"/> on some
    /// path from <paramref name="from"/>. Not when the act is in what is awaited and is no call (<c>await self.pending[key]</c>
    /// reads the entry before the task waits; an awaited call of a coroutine does its writes after its own awaits), nor
    /// when the yield is on a branch that leaves the function before the act (<c>if key in self.pending: return await
    /// self.pending[key]</c>), nor when it is on the other arm of an if or switch than the act, with no loop from there
    /// coming back to the act without passing <paramref name="from"/>.</summary>
    private static bool ComesBefore(IrExpression yield, IrNode from, IrNode act)
    {
        // A wait inside a loop that makes the check in its condition comes before the check's last test, which the
        // loop makes again after it (while not self._free: await sleep()).
        if (yield.Ancestors().OfType<LoopStatement>().Any(loop => loop.Condition is { } test && test.Span.Contains(from.Span)
                && loop.Body.Span.Contains(yield.Span) && !loop.Span.Contains(act.Span))) return false;
        if (yield.Span.Contains(act.Span) && act is not CallExpression) return false;
        if (yield.IsOnOtherBranchThan(act) && !yield.Ancestors().OfType<LoopStatement>().Any(loop => loop.Span.Contains(act.Span) && !loop.Span.Contains(from.Span))) return false;
        foreach (var ancestor in yield.Ancestors().TakeWhile(a => !a.Span.Contains(act.Span)))
        {
            if (ancestor is ReturnStatement or RaiseStatement) return false;
            if (ancestor is Block block && block.Statements.SkipWhile(s => !s.Span.Contains(yield.Span)).Any(s => s is ReturnStatement or RaiseStatement)) return false;
        }
        return true;
    }

    /// <summary>"the read lock c.mu", or "the read lock on c" for an object that is its own lock.</summary>
    private static string ReadLock(string spelled) =>
        spelled.StartsWith("the lock on ", StringComparison.Ordinal) ? "the read lock on " + spelled["the lock on ".Length..] : "the read lock " + spelled;

    /// <summary>Where the acts took the lock the first one holds: "line 12, inside put()", or, when the acts took it at
    /// several places, "line 12 and 19, inside put()".</summary>

    private static string WhereTaken(IReadOnlyList<Access> acts, HeldLock first)
    {
        var taken = acts.Select(a => a.Held.FirstOrDefault(h => h.Name == first.Name)).OfType<HeldLock>().ToList();
        if (taken.Any(h => h.AcquiredAt is null || h.Helper != first.Helper)) return first.Where;
        var lines = taken.Select(h => h.AcquiredAt!.Span.StartLine).Distinct().Order().ToList();
        if (lines.Count == 1) return first.Where;
        var joined = $"line {Listed(lines.Select(line => line.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList())}";
        return first.Helper is null ? joined : $"{joined}, inside {first.Helper}()";
    }

    private static IEnumerable<Effect> Releases(FunctionModel model, Access check, Access act) =>
        model.LockEvents.Where(e => e.Kind == EffectKind.Release
                                    && e.Node.Span.StartOffset > check.Effect.Node.Span.StartOffset
                                    && e.Node.Span.StartOffset < act.Effect.Node.Span.StartOffset
                                    && e.Node.Parent is not DeferStatement && e.Node.Ancestors().All(a => a is not DeferStatement)
                                    && !LeavesBeforeAct(e, act));

    /// <summary>True for a release on a way out that never comes to the act: in a block, not holding the act, that ends
    /// by returning or raising (<c>if s.sys == nil { s.mu.RUnlock(); return }</c>).</summary>
    private static bool LeavesBeforeAct(Effect release, Access act) =>
        release.Node.Ancestors().OfType<Block>().TakeWhile(b => !b.Span.Contains(act.Effect.Node.Span))
            .Any(b => b.Statements.LastOrDefault() is ReturnStatement or RaiseStatement);
}
