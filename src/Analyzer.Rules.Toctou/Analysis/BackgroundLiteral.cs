using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A function literal another method of the type starts (<c>func (t *Tree) loop() { go func() { for { …;
/// t.once = new(sync.Once) } }() }</c>) that writes the state a function checks and acts on, when only code outside the
/// package calls the function and the method that starts the literal runs on an object that code holds: a function
/// calls it and then hands the object out (a constructor, or one that returns the object), or only code outside calls
/// it too. The literal runs on a goroutine or thread of its own while that code calls the function.</summary>
/// <param name="Start">The start of the literal.</param>
/// <param name="Write">Where the literal writes the state.</param>
/// <param name="SetGoing">How the starting method is set going, for messages: "NewTree calls loop at line 12 on the
/// object it returns", "code outside the package calls Start".</param>
internal sealed record BackgroundLiteral(SpawnSite Start, Access Write, string SetGoing)
{
    public static BackgroundLiteral? Of(FunctionModel model, CheckActPair pair)
    {
        var package = model.Package;
        var state = pair.Check.Resource!;
        if (!state.IsReceiverState || model.StartedLiteralAround(pair.Check.Effect.Node) is not null || !Possible(model)) return null;
        foreach (var method in package.MethodsOf(model.Function.OwnerType!))
        {
            if (ReferenceEquals(method, model.Function) || package.IsTestCode(method) || package.LiteralSpawnsIn(method) is not { Count: > 0 } starts) continue;
            var starter = package.ModelOf(method);
            foreach (var write in starter.Accesses.Where(a => a.Effect.Kind == EffectKind.Write && a.Resource is { } written && written.IsRelatedTo(state)))
                if (starts.FirstOrDefault(s => ReferenceEquals(s.Site, starter.StartedLiteralAround(write.Effect.Node))) is { } start
                    && SetGoingOf(package, method) is { } setGoing)
                    return new BackgroundLiteral(start, write, setGoing);
        }
        return null;
    }

    /// <summary>True when the function can run beside such a literal: another method of its type starts one, and only
    /// code outside the package calls the function (whether the literal writes what the function checks, <see cref="Of"/>
    /// tells).</summary>
    public static bool Possible(FunctionModel model) =>
        model.Function.OwnerType is { } owner
        && model.Package.MethodsOf(owner).Any(m => !ReferenceEquals(m, model.Function) && model.Package.LiteralSpawnsIn(m).Count > 0)
        && SiblingStart.CalledOnlyFromOutside(model.Package, model.Function);

    // A call of the method after which its caller hands the object out, or else only code outside calling it.
    private static string? SetGoingOf(PackageModel package, FunctionDecl method)
    {
        foreach (var call in package.CallSitesReaching(method).Where(c => !package.IsTestCode(c.Call)))
            if (call.Call.Callee is MemberAccess { Target: NameExpression { Name: var held } }
                && SiblingStart.HandedOutAfter(package, call.Caller, held, call.Call, method) is { } handedOut)
                return $"{call.Caller.Name} calls {method.Name} at line {call.Call.Span.StartLine} on {handedOut}";
        return SiblingStart.CalledOnlyFromOutside(package, method) ? $"code outside the package calls {method.Name}" : null;
    }
}
