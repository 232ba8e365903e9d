using Analyzer.Core.Rules;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Rules.Toctou.Analysis;

namespace Analyzer.Rules.Toctou.Rules;

/// <summary>TOCTOU004: a check of a path decides a use of the same path.</summary>
public sealed class FileSystemCheckThenUseRule : ExternalResourceCheckThenActRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => ToctouDescriptors.FileSystem;

    /// <inheritdoc />
    protected override ResourceKind Kind => ResourceKind.FilePath;

    /// <inheritdoc />
    protected override FixKind Fix => FixKind.ExclusiveFileCreate;

    /// <summary>A lock held across the check and the act keeps the program's other threads off the path, and a lock
    /// taken through a lock file (<c>with repo.wlock():</c>) the program's other runs too; a path that a program touches
    /// only under one lock is the program's own.</summary>
    private protected override bool ExcludesOthers(FunctionModel model, HeldLock held, Access check) => true;

    /// <summary>A temporary file or directory the function created (or a path inside such a directory) is its own; so
    /// is every path a command-line command's method touches, as the one process doing the job the user started
    /// (<c>manage.py collectstatic</c>, a <c>setup.py</c> build step) with no thread of the program beside it.</summary>
    private protected override bool IsOwnResource(FunctionModel model, Access check) =>
        OwnPaths.IsOwn(model, check) || model.Package.RunsAsCommand(model.Function);

    /// <summary>An act whose failure the code handles (the error tested with os.IsExist, an except FileExistsError)
    /// turns the lost race into a normal outcome, and so does one the code skips when it fails on a name a listing
    /// answered; one whose failure ends the function with an error, as the check's refusal does, turns it into the same
    /// outcome with other words; a create that keeps what is there, after a check that found nothing, ends with the path
    /// there either way; a read that re-checks what the check learned and passes its failure on ends as any
    /// failed read; a write that creates or truncates whatever is there, after a check that lends it only the file's
    /// mode, does what it was for either way.</summary>
    private protected override bool ToleratesLostRace(FunctionModel model, CheckActPair pair)
    {
        var facts = model.Package.Facts;
        if (pair.Check.Resource!.Kind == ResourceKind.DirectoryEntries && facts.SkipsOnFailure(pair.Act.Effect.Node)) return true;
        if (facts.HandlesLostPathRace(pair.Act.Effect.Node) || facts.ReadRechecksPath(pair.Check.Effect.Node, pair.Act.Effect.Node)
            || facts.OverwriteIgnoresPathCheck(pair.Check.Effect.Node, pair.Act.Effect.Node)) return true;
        if (pair.Guard is not { Kind: not GuardKind.Iteration, Condition: IrExpression { Parent: IfStatement @if } condition }) return false;
        return facts.CreateKeepsWhatAppeared(pair.Check.Effect.Node, condition, @if.Then.Span.Contains(pair.Act.Effect.Node.Span), pair.Act.Effect.Node)
               || Refusal(pair) is { } refusal && facts.LostPathRaceFailsLikeRefusal(pair.Check.Effect.Node, condition, refusal, pair.Act.Effect.Node);
    }

    /// <summary>A use after the function made sure the path is there, in between and on every way to the use (a create
    /// that takes whatever is there, <c>os.makedirs(p, exist_ok=True)</c>, or an exclusive one whose lost race it handles,
    /// <c>try: os.mkdir(p) except FileExistsError: pass</c>), is decided by that create, not by the earlier check: the
    /// path is there when the use comes, made by this function or by whoever came first.</summary>
    private protected override bool Decides(FunctionModel model, CheckActPair pair)
    {
        var facts = model.Package.Facts;
        return !model.Accesses.Any(made => made.Order > pair.Check.Order && made.Order < pair.Act.Order && made.Resource?.Key == pair.Act.Resource!.Key
                                           && (made.Effect.Kind == EffectKind.AtomicCheckAndAct || facts.CreatesExclusively(made.Effect.Node) && facts.HandlesLostPathRace(made.Effect.Node))
                                           && AlwaysRunsBefore(made.Effect.Node, pair.Act.Effect.Node));
    }

    // Every run that reaches later has gone through earlier: no if, loop, switch or handler lies between earlier and the
    // first block around it that holds later too.
    private static bool AlwaysRunsBefore(IrNode earlier, IrNode later)
    {
        for (var node = earlier.Parent; node is not null; node = node.Parent)
        {
            if (node is Block block && block.Span.Contains(later.Span)) return true;
            if (node is IfStatement or LoopStatement or SwitchStatement or ExceptHandler or FunctionLiteral or FunctionDecl) return false;
        }
        return false;
    }

    /// <summary>A use of the path a call picked as unused (<c>name = tempfile.mktemp(); open(name, "w")</c>): the pick
    /// is the check, and another process can put a file or a link at the path before the use. A use that creates the
    /// path and fails if anything is there (<c>os.symlink</c>, <c>os.mkdir</c>) cannot be led astray.
    /// <para>
    /// And a use that fails on a missing path (<c>os.stat</c>, <c>os.remove</c>, an open for reading) of a path built
    /// from a name a listing of a directory answered, where the function also removes names that listing answered (it
    /// prunes the directory): another run of it, in another thread or process, can remove the name first.</para></summary>
    private protected override IEnumerable<CheckActPair> UnguardedPairs(FunctionModel model)
    {
        var facts = model.Package.Facts;
        var picked = CheckActPairs.DataDependent(model,
            a => a.Effect.Kind == EffectKind.Write && a.Resource?.Kind == ResourceKind.FilePath && !facts.CreatesExclusively(a.Effect.Node),
            r => r.Effect is { Kind: EffectKind.Read, Node: CallExpression call } && facts.PicksUnusedPath(call));
        var listed = CheckActPairs.DataDependent(model,
            a => a.Effect.Kind != EffectKind.AtomicCheckAndAct && a.Resource?.Kind == ResourceKind.FilePath && facts.FailsWhenPathMissing(a.Effect.Node),
            r => r.Effect.Kind == EffectKind.Read && r.Resource?.Kind == ResourceKind.DirectoryEntries);
        return picked.Concat(listed.Where(p => model.Accesses.Any(a => a.Sources.Contains(p.Check) && facts.RemovesPath(a.Effect.Node))));
    }

    private protected override bool MayPairUnguarded(FunctionDecl function, ILanguageFacts facts) =>
        function.Body?.DescendantsAndSelf().Any(n => n is CallExpression call && (facts.PicksUnusedPath(call) || facts.ListsDirectory(call))) == true;

    /// <summary>"os.listdir lists the names in d" for a listing.</summary>
    private protected override string CheckLabel(Access check) =>
        check.Resource!.Kind == ResourceKind.DirectoryEntries ? $"{check.Effect.Detail} lists {check.Resource.Display}" : base.CheckLabel(check);

    /// <summary>"os.path.exists checks p at line 3 and open uses it at line 4"; for a listing, "os.listdir checks the
    /// names in d at line 3 and os.remove uses one at line 5".</summary>
    private protected override string Message(FunctionModel model, Access check, IReadOnlyList<Access> acts) =>
        Descriptor.FormatMessage(check.Effect.Detail ?? "a check", check.Resource!.Display, check.Effect.Node.Span.StartLine,
            Uses(acts, check.Resource.Kind == ResourceKind.DirectoryEntries ? "one" : "it"));

    /// <summary>"open uses it at line 12", "os.remove uses it at line 12, 19" or, when the uses differ, each with its
    /// own line: "open uses it at line 12, os.symlink at line 15 and os.chmod at line 20".</summary>
    private static string Uses(IReadOnlyList<Access> acts, string used)
    {
        var details = acts.Select(a => a.Effect.Detail ?? "a call").ToList();
        if (details.Distinct().Count() == 1) return $"{details[0]} uses {used} at line {Lines(acts)}";
        var parts = acts.Select((a, i) => $"{details[i]}{(i == 0 ? $" uses {used}" : string.Empty)} at line {a.Effect.Node.Span.StartLine}").ToList();
        return Listed(parts);
    }
}
