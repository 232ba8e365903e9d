using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// A value made on first use and kept in a top-level variable by a top-level function that code outside the package
/// can call (<c>func Current() *Conf { if current == nil { current = load() } … }</c>, Python's
/// <c>def get_config_vars(): global _vars; if _vars is None: _vars = _init()</c>). There is one such variable per
/// process, and making it on first use instead of at start-up is what lets any caller, on any thread, ask for it at
/// any time: two first callers at once both find it missing. Unlike an object's field, which its owner may keep to
/// one thread, nothing keeps the callers apart, so this needs no other sign of concurrency. A variable that holds
/// per-thread storage (<see cref="PackageModel.MakesThreadLocalStorage"/>) is not shared. The shape is memoisation
/// (<see cref="Memoisation"/>), reported at note level as such.
/// </summary>
internal static class ProcessWideMemo
{
    /// <summary>The declaration of the top-level variable the pair memoises in, when it is that shape; null otherwise.</summary>
    public static FieldDecl? Variable(FunctionModel model, CheckActPair pair)
    {
        if (!pair.Check.Resource!.IsGlobal || !IsOpenEntry(model) || !Memoisation.Holds(model, pair)) return null;
        var declarations = pair.Check.Effect.Node.DescendantsAndSelf().OfType<NameExpression>()
            .Select(name => model.Package.GlobalOf(model.Function.Module, name.Name)).OfType<FieldDecl>().ToList();
        return declarations.Any(d => d.Initializer is { } value && model.Package.MakesThreadLocalStorage(value)) ? null : declarations.FirstOrDefault();
    }

    /// <summary>True for a top-level function other packages can call, outside test code.</summary>
    public static bool IsOpenEntry(FunctionModel model) =>
        model.Function.OwnerType is null && model.Function.EnclosingFunction() is null
        && model.Package.Facts.IsVisibleOutsidePackage(model.Function) && !model.Package.IsTestCode(model.Function);
}
