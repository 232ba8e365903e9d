using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// The type of what every call hands to a parameter whose own type does not say which methods run: one the code gives
/// no type (<c>def run(worker, items)</c>, called as <c>run(Worker(), xs)</c> or with a local made by <c>Worker()</c>),
/// or one of an interface type (<c>inspectAll(&amp;labeller{…}, items)</c>). Each call's argument must be an object of
/// that one package type as its caller makes or declares it. Only the callers' own typing is asked, never what their
/// parameters get from their callers in turn, so the answer does not depend on which function is asked first. Test
/// code is left out: it hands fakes in. The package asks it of the object a start runs a method of
/// (<c>Thread(target=worker.visit)</c>), where it decides whether that method runs in parallel.
/// </summary>
internal static class HandedTypes
{
    public static string? Common(PackageModel package, FunctionDecl function, Parameter parameter)
    {
        var position = function.Parameters.TakeWhile(p => !ReferenceEquals(p, parameter)).Count();
        string? common = null;
        foreach (var site in package.CallSitesOf(function.Name))
        {
            if (package.IsTestCode(site.Call)) continue;
            var reaches = Reaches(package, function, site);
            if (reaches is null) return null;
            if (reaches == false) continue;
            if (Bound(site.Call, parameter, position) is not { } argument) return null;
            var type = package.ScopeOf(site.Caller).ObjectTypeOf(argument) ?? package.TypeMadeBy(argument);
            if (type is null || common is not null && common != type) return null;
            common = type;
        }
        return common;
    }

    /// <summary>Whether <paramref name="site"/> runs <paramref name="function"/>; null when the caller's code does not
    /// tell. A bare name runs a plain function of its module (or package, where top-level names are package-wide) unless a
    /// local of the caller takes the name; a call on an object runs a method when the caller types the object as the
    /// method's type (or the object is its own receiver).</summary>
    private static bool? Reaches(PackageModel package, FunctionDecl function, CallSite site)
    {
        var scope = package.ScopeOf(site.Caller);
        switch (site.Call.Callee)
        {
            case NameExpression:
                return function.OwnerType is null && (package.Facts.Globals.PackageWide || ReferenceEquals(site.Caller.Module, function.Module))
                    && scope.ValueOf(function.Name, site.Call) is null;
            case MemberAccess { Target: var target }:
                var type = scope.IsReceiver(target) ? site.Caller.OwnerType : scope.ObjectTypeOf(target) ?? scope.TypeNamedBy(target);
                return type is null ? null : function.OwnerType == type;
            default:
                return null;
        }
    }

    /// <summary>The argument of <paramref name="call"/> bound to <paramref name="parameter"/>: the one named for it, or the
    /// one at its position among the positional ones; null when the call unpacks a sequence or a mapping into its
    /// arguments or leaves the parameter to its default.</summary>
    private static IrExpression? Bound(CallExpression call, Parameter parameter, int position)
    {
        if (call.Arguments.Any(a => a.Unpack != 0)) return null;
        if (call.Arguments.FirstOrDefault(a => a.Name == parameter.Name) is { } named) return named.Value;
        var positional = call.Arguments.Where(a => a.Name is null).ToList();
        return position < positional.Count ? positional[position].Value : null;
    }
}
