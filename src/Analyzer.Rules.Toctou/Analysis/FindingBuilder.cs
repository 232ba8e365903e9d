using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>Assembles one finding: related locations with their code, evidence that raises the level, the fix and
/// the properties scan-end steps need (owner type, the operations the function serves).</summary>
internal sealed class FindingBuilder(RuleDescriptor descriptor, FunctionModel model)
{
    private const int MaxCodeLines = 12;
    private readonly List<RelatedLocation> _related = [];
    private Func<CheckActFacts, CheckActFacts> _facts = facts => facts;
    private FindingLevel _level = descriptor.DefaultLevel;

    public FindingBuilder Add(LocationRole role, IrNode node, string message) => Add(role, node.Span, message, node.Module.Text);

    /// <summary>A related location in the file <paramref name="text"/> holds, which need not be the function's.</summary>
    public FindingBuilder Add(LocationRole role, SourceSpan span, string message, SourceText text) => Add(role, span, message, null, Code(text, span));

    public FindingBuilder Add(LocationRole role, SourceSpan span, string message, string? outcome = null) => Add(role, span, message, outcome, Code(span));

    private FindingBuilder Add(LocationRole role, SourceSpan span, string message, string? outcome, string code)
    {
        if (!_related.Any(r => r.Role == role && r.Span == span))
            _related.Add(new RelatedLocation(role, span, message, code, outcome));
        return this;
    }

    /// <summary>True when a related location with <paramref name="role"/> was added.</summary>
    public bool Has(LocationRole role) => _related.Any(r => r.Role == role);

    /// <summary>Locks the finding depends on: each lock held at <paramref name="at"/>, its acquisition, and for a
    /// caller-held lock the callers with their call and acquisition.</summary>
    public FindingBuilder AddLocks(Access at, string why)
    {
        foreach (var held in at.Held)
        {
            if (held.AcquiredAt is not null)
                Add(LocationRole.Lock, held.AcquiredAt, $"{held.NameIn(model.Function)} is taken here{(held.Helper is { } helper ? $", inside {helper}()" : string.Empty)}; {why}");
            foreach (var caller in held.Callers)
            {
                Add(LocationRole.Caller, caller.Call, $"{Describe(caller.Caller)} calls {model.Function.Name} holding {held.NameIn(caller.Caller)}; {why}");
                if (caller.AcquiredAt is not null)
                    Add(LocationRole.Lock, caller.AcquiredAt, $"{Describe(caller.Caller)} takes {held.NameIn(caller.Caller)} here");
            }
        }
        return this;
    }

    /// <summary>Where the code shows the function runs beside another copy of itself: the places that start it in
    /// parallel (<paramref name="spawns"/>, the first few), or else the request handler it runs for, or else where a
    /// caller it runs in is started in parallel (<paramref name="parallel"/>, from <see cref="SpawnEvidence.ThroughCaller"/>).</summary>
    public FindingBuilder AddConcurrency(IReadOnlyList<SpawnSite> spawns, ParallelCaller? parallel)
    {
        AddStarts(spawns, model.Function);
        if (spawns.Count > 0) return this;
        if (model.Package.HandlerServing(model.Function) is { } handler)
            Add(LocationRole.Concurrency, handler.Where, ReferenceEquals(handler.Node, model.Function)
                ? $"{Describe(handler, model.Function)} {handler.Runs}, many at a time"
                : $"{Describe(handler, model.Function)} {handler.Runs}, many at a time, and calls {model.Function.Name} {(handler.Contract is null ? "for each" : "each time")}");
        else if (parallel is not null)
        {
            AddStarts(parallel.Spawns, parallel.Started);
            Add(LocationRole.Concurrency, parallel.Call.Call, $"{Describe(parallel.Call.Caller)} calls {PackageModel.CalleeName(parallel.Call.Call)} here");
        }
        return this;
    }

    /// <summary>The two starts that make the function and a writer of its state run at the same time.</summary>
    public FindingBuilder AddSiblingStarts(SiblingStart sibling)
    {
        var starter = Describe(sibling.Spawner);
        Add(LocationRole.Concurrency, sibling.Other, sibling.OtherStarted
            ? $"{starter} starts {sibling.Writer.Name}, which changes the same state, in parallel here"
            : $"{starter} calls {sibling.Writer.Name}, which changes the same state, here while {model.Function.Name} runs");
        if (sibling.Mine is { } mine)
            Add(LocationRole.Concurrency, mine, sibling.MineStarted
                ? $"{starter} starts {model.Function.Name} in parallel here"
                : $"{starter} calls {model.Function.Name} here while {sibling.Writer.Name} runs");
        return this;
    }

    private void AddStarts(IReadOnlyList<SpawnSite> spawns, FunctionDecl started)
    {
        foreach (var spawn in spawns.Take(MaxSpawnSites))
            Add(LocationRole.Concurrency, spawn.Site,
                $"{Describe(spawn.Spawner)} starts {started.Name} in parallel here{Repetition(spawn, started, model)}");
    }

    /// <summary>How a spawn of <paramref name="started"/> comes to run beside another copy, for messages: ", in a loop"
    /// or ", on many items at once" (a pool's map), or ", and Test calls it again at line 12 while it runs"; empty when
    /// it starts one run and the other copy comes from elsewhere.</summary>
    public static string Repetition(SpawnSite spawn, FunctionDecl started, FunctionModel model) =>
        spawn.Repeated ? Repetition(spawn.Site, model)
        : SpawnEvidence.CallWhileRunning(model.Package, started, spawn, started) is { } again
            ? $", and {Describe(spawn.Spawner)} calls it again at line {again.Call.Span.StartLine} while it runs"
        : ReferenceEquals(SpawnEvidence.OpenStartOfGatedRun(model.Package, started, [spawn]), spawn)
            ? $", and code outside the package can call {Describe(spawn.Spawner)} again while it runs"
            : string.Empty;

    /// <summary>How a start that runs its work more than once at a time does so: ", on many items at once" for a call
    /// that runs it on many items side by side, ", on every thread" for a hook every thread runs, else ", in a loop";
    /// for a call that hands the work to a function of the package that starts it, by that function and as its start
    /// does (" by forEach, in a loop").</summary>
    public static string Repetition(IrNode site, FunctionModel model) =>
        model.Package.StartHandedTo(site) is { } start ? $" by {Starter(site)}{Repetition(start, model)}"
        : RunsOnManyItems(site, model) ? ", on many items at once"
        : site is CallExpression call && model.Package.Facts.HooksEveryThread(call) ? ", on every thread"
        : ", in a loop";

    /// <summary>The name of the function a call hands its work to (<c>forEach</c> in <c>s.forEach(fn)</c>).</summary>
    public static string Starter(IrNode call) => call is CallExpression { Callee: var callee } ? (callee as MemberAccess)?.Member ?? callee.SourceCode : "it";

    /// <summary>True for a start that runs its function on many items side by side (a pool's map, a parallel stream).</summary>
    public static bool RunsOnManyItems(IrNode site, FunctionModel model) => site is CallExpression call && model.Package.Facts.SpawnsManyAtOnce(call);

    private const int MaxSpawnSites = 3;

    /// <summary>Every condition through which the acts depend on the check, where it stands apart from the check's line.</summary>
    public FindingBuilder AddGuards(IEnumerable<CheckActPair> pairs)
    {
        foreach (var pair in pairs)
            if (pair.Guard is { } guard && guard.Condition.Span.StartLine != pair.Check.Effect.Node.Span.StartLine)
                Add(LocationRole.Guard, guard.Condition, "decides whether the act runs");
        return this;
    }

    /// <summary>Swallowed failures of the acts, and race comments near the check, the acts and those handlers; any of
    /// them makes the finding an error. Call it after the check (and any read or guard) is added.</summary>
    public FindingBuilder AddEvidence(IReadOnlyList<Access> acts)
    {
        var evidence = acts.SelectMany(act => RaceEvidence.SwallowedFailures(act, model.Package.Facts).Concat(RaceEvidence.IgnoredErrors(act))).ToList();
        var path = model.Function.Module.Text.Path;
        var spans = _related.Where(r => r.Role is LocationRole.Check or LocationRole.Read or LocationRole.Guard && r.Span.Path == path)
            .Select(r => r.Span)
            .Concat(acts.Select(a => a.Effect.Node.Span))
            .Concat(evidence.Select(e => e.Span))
            .ToList();
        evidence.AddRange(RaceEvidence.Comments(model.Function, spans.Min(s => s.StartLine), spans.Max(s => s.EndLine)));
        foreach (var item in evidence) Add(item.Role, item.Span, item.Message, item.Outcome);
        if (evidence.Count > 0) _level = FindingLevel.Error;
        return this;
    }

    /// <summary>Adds what the rule saw to the finding's <see cref="CheckActFacts"/> (the function and the act are
    /// filled in by <see cref="Build"/>).</summary>
    public FindingBuilder Facts(Func<CheckActFacts, CheckActFacts> add)
    {
        var before = _facts;
        _facts = facts => add(before(facts));
        return this;
    }

    public FindingBuilder Level(FindingLevel level)
    {
        _level = level;
        return this;
    }

    public Finding Build(IrNode act, string message, string fix)
    {
        var function = model.Function;
        var facts = new CheckActFacts(model.Package.Language, function.Name, function.Span.StartLine, function.OwnerType, Operations(function).ToList(),
            string.Join(' ', act.SourceCode.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return new Finding(descriptor.Id, _level, message, act.Span, Code(act.Span), Describe(function),
            _related.OrderBy(r => r.Span.Path, StringComparer.Ordinal).ThenBy(r => r.Span.StartOffset).ThenBy(r => r.Role).ToList(),
            fix, _facts(facts));
    }

    public string Code(SourceSpan span) => Code(model.Function.Module.Text, span);

    private static string Code(SourceText text, SourceSpan span)
    {
        if (span.Path != text.Path) return string.Empty;
        var last = Math.Min(span.EndLine, span.StartLine + MaxCodeLines - 1);
        return string.Join('\n', Enumerable.Range(span.StartLine, last - span.StartLine + 1).Select(text.Line));
    }

    public static string Describe(FunctionDecl function) =>
        function.OwnerType is null ? function.Name : $"{function.OwnerType}.{function.Name}";

    /// <summary>A request handler for messages about <paramref name="within"/>: its function's name, or "the function
    /// literal at line 12", with its file's name when that is another file.</summary>
    public static string Describe(RequestHandler handler, FunctionDecl within) =>
        handler.Function is { } function ? Describe(function)
        : $"the function literal at line {handler.Node.Span.StartLine}"
          + (ReferenceEquals(handler.Node.Module, within.Module) ? string.Empty : $" of {Path.GetFileName(handler.Node.Module.Text.Path)}");

    /// <summary>The operation this function performs for its type: its own name, then the names of the methods of
    /// the same type that call it (in source order), so a helper such as _base_set is compared with siblings' add().</summary>
    private IEnumerable<string> Operations(FunctionDecl function)
    {
        yield return function.Name;
        if (function.OwnerType is null) yield break;
        foreach (var name in model.Package.CallSitesOf(function.Name)
                     .Where(s => s.Caller.OwnerType == function.OwnerType && !ReferenceEquals(s.Caller, function))
                     .OrderBy(s => s.Caller.Span.StartOffset).Select(s => s.Caller.Name).Distinct())
            yield return name;
    }
}
