using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// The object a decorator with arguments makes where it is applied (Python's <c>@cache(ttl=300)</c> above a function):
/// the class is called once, when the module loads, and its method returns a wrapper written inside it
/// (<c>def __call__(self, fn): def wrapped(*args): … self.values … ; return wrapped</c>) that every call of the decorated
/// function runs. The object is one for the whole process, and the wrapper reaches its state through the method's
/// receiver, so a value the wrapper makes on first use there is raced for by every caller of the decorated function, on
/// whatever thread it runs, as a top-level variable's would be (<see cref="ProcessWideMemo"/>). Only a decorated function
/// code outside the package can call counts, outside test code.
/// </summary>
internal static class DecoratorObject
{
    /// <summary>Where the pair's state lives on such an object: the decorator's application and the function it
    /// decorates; null when the pair is not in that shape.</summary>
    public static (IrExpression Applied, FunctionDecl Decorated)? Of(FunctionModel model, CheckActPair pair)
    {
        if (model.Function.EnclosingFunction() is not { OwnerType: { } decorator, ReceiverName: { } receiver } maker
            || !pair.Check.Resource!.IsCapturedStateOf(receiver)
            || !Returns(maker, model.Function) || !Memoisation.Holds(model, pair)) return null;
        var package = model.Package;
        foreach (var decorated in package.Functions)
        {
            // A function written inside another is decorated anew on every call of that one: no object for the process.
            if (package.IsTestCode(decorated) || !package.Facts.IsVisibleOutsidePackage(decorated) || decorated.EnclosingFunction() is not null) continue;
            if (decorated.Decorators.FirstOrDefault(d => d is CallExpression { Callee: NameExpression { Name: var name } } && name == decorator) is { } applied)
                return (applied, decorated);
        }
        return null;
    }

    // The method hands the nested function back (return wrapped): it is what the decoration puts in place.
    private static bool Returns(FunctionDecl maker, FunctionDecl nested) =>
        maker.Body!.DescendantsAndSelf().OfType<ReturnStatement>()
            .Any(r => r.EnclosingFunction() == maker && r.Values is [NameExpression { Name: var name }] && name == nested.Name);

    /// <summary>Adds the decorator's application as the concurrency location.</summary>
    public static void AddEvidence(FindingBuilder builder, FunctionModel model, (IrExpression Applied, FunctionDecl Decorated) found)
    {
        var (applied, decorated) = found;
        builder.Add(LocationRole.Concurrency, applied,
            $"`@{applied.SourceCode}` makes one object for the whole process when the module loads: every call of {decorated.Name}, which code outside its package can call, runs {model.Function.Name} on it, on whatever thread the caller runs");
    }
}
