using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// A value made on first use and kept where the whole process sees one copy, by a function that code outside the
/// package can call without an object of its own: a top-level function filling a top-level variable
/// (<c>func Current() *Conf { if current == nil { current = load() } … }</c>, Python's
/// <c>def get_config_vars(): global _vars; if _vars is None: _vars = _init()</c>), or a class-level method filling
/// its class (<c>@classmethod def instance(cls): if cls._instance is None: cls._instance = cls()</c>, Java's
/// <c>static Foo get() { if (instance == null) instance = new Foo(); return instance; }</c>). Making it on
/// first use instead of at start-up is what lets any caller, on any thread, ask for it at any time: two first callers
/// at once both find it missing. A top-level helper such a function calls by name (<c>func Current() *Conf { return
/// current() }</c>) is reached the same way. Unlike an object's field, which its owner may keep to one thread, nothing keeps the
/// callers apart, so this needs no other sign of concurrency. A variable that holds per-thread storage
/// (<see cref="PackageModel.MakesThreadLocalStorage"/>) is not shared. The shape is memoisation
/// (<see cref="Memoisation"/>), reported at note level as such; a run-once flag kept there (<see cref="IsRunOnceFlag"/>)
/// is reported as a race.
/// </summary>
internal static class ProcessWideMemo
{
    /// <summary>Where the state the pair memoises in is declared (the top-level variable, the class attribute, or the
    /// class when no attribute is declared), and its name, when it is that shape; null otherwise.</summary>
    public static (string Name, SourceSpan Declared)? State(FunctionModel model, CheckActPair pair)
    {
        var state = pair.Check.Resource!;
        var classLevel = state.IsReceiverState && model.Package.Facts.IsClassLevel(model.Function);
        if (!state.IsGlobal && !classLevel || !(Memoisation.Holds(model, pair) || IsRunOnceFlag(model, pair)) || Entry(model) is null) return null;
        if (classLevel && model.Function.OwnerType is { } owner
            && state.ReceiverField is { } field && model.Package.TypeNamed(owner) is { } type)
            return (field, Declaration(model, type, field)?.Span ?? type.Span);
        if (!state.IsGlobal) return null;
        var declarations = pair.Check.Effect.Node.DescendantsAndSelf().OfType<NameExpression>()
            .Select(name => model.Package.GlobalOf(model.Function.Module, name.Name)).OfType<FieldDecl>().ToList();
        return declarations.Any(d => d.Initializer is { } value && model.Package.MakesThreadLocalStorage(value)) || declarations.Count == 0
            ? null
            : (declarations[0].Name, declarations[0].Span);
    }

    /// <summary>True for a run-once flag: the test is the flag alone (negated, or compared with a literal), and the branch
    /// it decides sets the flag to a fixed value and does more work that the flag is there to do once (<c>if !inited {
    /// instance = build(); inited = true }</c>), or calls a function of the package to do it (<c>if !registered {
    /// registerFormats(checkers); registered = true }</c>).</summary>
    private static bool IsRunOnceFlag(FunctionModel model, CheckActPair pair) =>
        pair.Guard is { Kind: GuardKind.Branch, Condition: IrExpression condition } && pair.Check.Effect.Node == FlagGuardedAct.Flag(condition)
        && pair.Act.Resource!.Key == pair.Check.Resource!.Key && StoredValues.Of(pair.Act) is LiteralExpression { LiteralKind: LiteralKind.Boolean }
        && (model.Accesses.Any(other => other.Effect.Kind == EffectKind.Write && other.Resource is { } worked
                                        && (worked.Key != pair.Check.Resource.Key || worked.Display != pair.Act.Resource.Display)
                                        && other.Guards.Any(g => ReferenceEquals(g, pair.Guard)))
            || condition.Parent is IfStatement { Then: var once } && CallsPackageFunction(model, once));

    private static bool CallsPackageFunction(FunctionModel model, IrStatement branch) =>
        branch.DescendantsAndSelf().OfType<CallExpression>()
            .Any(call => call.Callee is NameExpression { Name: var called } && model.Package.PlainFunctionsCalled(model.Function, called, call).Count > 0);

    private static bool DeclaredOn(FunctionModel model, string owner, string attribute) =>
        model.Package.TypeNamed(owner) is { } type && Declaration(model, type, attribute) is not null;

    // Where the class itself declares the attribute; null when only its methods assign it.
    private static IrNode? Declaration(FunctionModel model, TypeDecl type, string attribute) =>
        ClassBodyAssignment(type, attribute) ?? (IrNode?)DeclaredOutsideMethods(model, type, attribute);

    // The class body's own assignment of the attribute (`_instance = None` under `class Loop:`), not a method's.
    private static NameExpression? ClassBodyAssignment(TypeDecl type, string attribute) =>
        type.Members.OfType<Assignment>().SelectMany(a => a.Targets).OfType<NameExpression>().FirstOrDefault(n => n.Name == attribute);

    // A field declared in the class itself (Java's `private static Foo instance;`), not first assigned in a method.
    private static FieldDecl? DeclaredOutsideMethods(FunctionModel model, TypeDecl type, string field) =>
        model.Package.FieldOf(type.Name, field) is { } declared && !type.Members.OfType<FunctionDecl>().Any(m => m.Span.Contains(declared.Span)) ? declared : null;

    /// <summary>Adds the declaration of the process-wide state the first of <paramref name="pairs"/> in that shape
    /// memoises in, as the concurrency location; false when none is.</summary>
    public static bool AddEvidence(FindingBuilder builder, FunctionModel model, IEnumerable<CheckActPair> pairs)
    {
        if (pairs.Select(p => State(model, p)).FirstOrDefault(s => s is not null) is not var (name, declared)) return false;
        // A metaclass's method, or a class method whose class does not declare the attribute, keeps it on whatever class
        // its receiver is.
        var where = model.Function.OwnerType is not { } owner ? "declared at the top level"
            : DeclaredOn(model, owner, name) || model.Function.ReceiverName is null ? $"kept on the class {owner}"
            : $"kept on the class {model.Function.ReceiverName} refers to";
        var entry = Entry(model)!;
        var through = ReferenceEquals(entry, model.Function) ? string.Empty : $" and which calls {model.Function.Name}";
        builder.Add(LocationRole.Concurrency, declared,
            $"{name} is {where}, one for the whole process: every caller of {entry.Name}, which code outside its package can call{through}, reaches it, on whatever thread the caller runs",
            model.Package.Modules.First(m => m.Text.Path == declared.Path).Text);
        return true;
    }

    /// <summary>The function other packages can call without an object (<see cref="IsOpenEntryFunction"/>) through which
    /// callers reach this one: itself, or, for a top-level function, one that calls it by name; null when none is.</summary>
    private static FunctionDecl? Entry(FunctionModel model)
    {
        var (package, function) = (model.Package, model.Function);
        if (IsOpenEntryFunction(package, function)) return function;
        if (function.OwnerType is not null || function.EnclosingFunction() is not null || package.IsTestCode(function)) return null;
        return package.CallSitesOf(function.Name)
            .FirstOrDefault(s => s.Call.Callee is NameExpression && !package.IsTestCode(s.Call) && IsOpenEntryFunction(package, s.Caller))?.Caller;
    }

    /// <summary>True for a top-level or class-level function other packages can call, outside test code.</summary>
    public static bool IsOpenEntryFunction(PackageModel package, FunctionDecl function) =>
        (function.OwnerType is null || package.Facts.IsClassLevel(function)) && function.EnclosingFunction() is null
        && package.Facts.IsVisibleOutsidePackage(function) && !package.IsTestCode(function);
}
