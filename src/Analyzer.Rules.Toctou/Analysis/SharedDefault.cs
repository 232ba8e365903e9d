using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// A method called on a package's default object: a top-level variable that holds an object of the method's type
/// (<c>var std = &amp;Cache{}</c>, Python's <c>_default = Cache()</c>), called by a function that code outside the
/// package can call without an object (<c>func Lookup(k string) *Entry { return std.lookup(k) }</c>,
/// <see cref="ProcessWideMemo.IsOpenEntryFunction"/>). That object is one for the whole process, so the method's
/// receiver state is too, and a value the method makes on first use there is raced for as a top-level variable's
/// would be (<see cref="ProcessWideMemo"/>).
/// </summary>
internal static class SharedDefault
{
    /// <summary>The first such call of the function, outside test code; null when there is none.</summary>
    public static CallSite? Of(FunctionModel model)
    {
        if (model.Function.OwnerType is not { } owner || model.Package.IsTestCode(model.Function)) return null;
        foreach (var site in model.Package.CallSitesOf(model.Function.Name))
        {
            if (site.Call.Callee is not MemberAccess { Target: NameExpression { Name: var name } } || model.Package.IsTestCode(site.Call)
                || !ProcessWideMemo.IsOpenEntryFunction(model.Package, site.Caller)) continue;
            if (model.Package.GlobalOf(site.Caller.Module, name) is { Initializer: { } value } && model.Package.Facts.CreatedType(value) == owner)
                return site;
        }
        return null;
    }

    /// <summary>Adds the call on the default object as the concurrency location.</summary>
    public static void AddEvidence(FindingBuilder builder, FunctionModel model, CallSite site)
    {
        var target = ((MemberAccess)site.Call.Callee).Target.SourceCode;
        builder.Add(LocationRole.Concurrency, site.Call,
            $"{site.Caller.Name} calls {model.Function.Name} on {target}, one object for the whole process, and code outside the package can call {site.Caller.Name}, on whatever thread the caller runs");
    }
}
