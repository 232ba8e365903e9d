using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>Where else in the package a piece of state the function uses can be touched.</summary>
internal static class StateReach
{
    /// <summary>The functions of the package, with a body, that reach <paramref name="state"/>: the methods of the
    /// function's type for the receiver's state, which only they reach; every function for other state.</summary>
    public static IEnumerable<FunctionDecl> FunctionsReaching(FunctionModel model, Resource state) =>
        (state.IsReceiverState && model.Function.OwnerType is { } owner ? model.Package.MethodsOf(owner) : model.Package.Functions)
        .Where(f => f.Body is not null);

    /// <summary>The first access <paramref name="what"/> picks of state related to <paramref name="state"/> in a function
    /// that reaches it (<see cref="FunctionsReaching"/>) other than <paramref name="except"/>, with its function; null
    /// when there is none.</summary>
    public static (FunctionDecl Function, Access Access)? AccessElsewhere(FunctionModel model, Resource state, Func<Access, bool> what, FunctionDecl? except = null)
    {
        foreach (var function in FunctionsReaching(model, state).Where(f => !ReferenceEquals(f, except)))
            if (model.Package.ModelOf(function).Accesses.FirstOrDefault(a => a.Resource is { } touched && touched.IsRelatedTo(state) && what(a)) is { } access)
                return (function, access);
        return null;
    }
}
