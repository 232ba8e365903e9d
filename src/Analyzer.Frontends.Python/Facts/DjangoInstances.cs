using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// Django's model instances: <c>get_object_or_404(Product, pk=pk)</c> reads the model's table like
/// <c>Product.objects.get(pk=pk)</c> (a queryset with <c>select_for_update()</c> locks the row it reads), and an instance
/// one of them loaded writes its row back with <c>save()</c> (an UPDATE) or removes it with <c>delete()</c>. So
/// <c>p = Product.objects.get(pk=pk); if p.stock &gt; 0: p.stock -= 1; p.save()</c> is a read that decides a write.
/// </summary>
internal static class DjangoInstances
{
    private static readonly HashSet<string> RowReads = ["get", "first", "last", "earliest", "latest"];

    /// <summary>The read of <c>get_object_or_404(Model, …)</c> or <c>get_object_or_404(Model.objects…, …)</c>; null for another call.</summary>
    public static Effect? Lookup(CallExpression call, FunctionDecl function)
    {
        if (call.Arguments is not [{ Name: null, Value: var source }, ..]) return null;
        var model = ManagedModel(source, function) ?? (source is NameExpression ? source.SourceCode : null);
        if (model is null) return null;
        var locked = CallChains.Links(source).Any(m => m.Member == "select_for_update");
        return new Effect(locked ? EffectKind.AtomicCheckAndAct : EffectKind.Read, call, SqlAlchemyCalls.ModelTable(model), Detail: "get_object_or_404()");
    }

    /// <summary>The write of <c>instance.save()</c> or <c>instance.delete()</c> on a local that a row lookup assigned, or
    /// on the instance a method of a model class runs on (<c>self.save()</c> in a class derived from <c>models.Model</c>,
    /// whose row was loaded before the call); null otherwise.</summary>
    public static Effect? Write(CallExpression call, IrExpression target, string method, IScope scope)
    {
        if (method is not ("save" or "delete") || target is not NameExpression { Name: var local }) return null;
        if (method == "save" && scope.ValueOf(local, call) is CallExpression made && ModelMade(made, scope.Function, scope.Package, followFactory: true) is { } created)
            return new Effect(EffectKind.Write, call, SqlAlchemyCalls.ModelTable(created), Detail: "INSERT");
        var model = local == scope.Function.ReceiverName && scope.Function.OwnerType is { } owner && ClassBases.OfOwner(scope.Function).Contains("Model")
            ? owner
            : scope.ValueOf(local, call) is CallExpression loaded ? ModelLoaded(loaded, scope.Function)
            : LoopItems.Source(call, local) is CallExpression rows ? ManagedModel(rows, scope.Function) : null;
        return model is null ? null : new Effect(EffectKind.Write, call, SqlAlchemyCalls.ModelTable(model), Detail: method == "save" ? "UPDATE" : "DELETE");
    }

    /// <summary>The model class of the package (derived from <c>models.Model</c>), or one imported whose manager the module
    /// queries, whose new instance <paramref name="call"/> makes, which <c>save()</c> inserts: the class called by name
    /// (<c>Tag(name=n)</c>), <c>cls(…)</c> in one of its class
    /// methods, or, with <paramref name="followFactory"/>, a class method of it whose every return makes one
    /// (<c>cls._create_from_course(course)</c>, which returns <c>cls(…)</c>).</summary>
    private static string? ModelMade(CallExpression call, FunctionDecl function, PackageModel package, bool followFactory)
    {
        var (named, factory) = call.Callee switch
        {
            NameExpression name => (name, null),
            MemberAccess { Target: NameExpression name, Member: var member } when followFactory => (name, member),
            _ => ((NameExpression?)null, (string?)null),
        };
        if (named is null) return null;
        var model = ClassMethods.ClassNamedBy(function, named.Name) ?? named.Name;
        if (package.TypeNamed(model) is { } type ? !ClassBases.Of(type).Contains("Model") : !QueriedThroughManager(model, function)) return null;
        if (factory is null) return model;
        var factories = package.FunctionsNamed(model, factory).Where(ClassMethods.Is).ToList();
        return factories.Count > 0 && factories.All(f => Statements.ReturnsOf(f).Where(r => r.Values.Count == 1).ToList() is { Count: > 0 } returns
                                                        && returns.All(r => r.Values[0] is CallExpression made && ModelMade(made, f, package, followFactory: false) == model))
            ? model
            : null;
    }

    /// <summary>True when the module of <paramref name="function"/> queries <paramref name="name"/>'s manager
    /// (<c>UserVisit.objects.filter(…)</c>): a model imported from elsewhere, which Django alone gives one.</summary>
    private static bool QueriedThroughManager(string name, FunctionDecl function) =>
        function.Module.DescendantsAndSelf().OfType<MemberAccess>().Any(m => m is { Member: "objects", Target: NameExpression { Name: var queried } } && queried == name);

    /// <summary>The model whose row <paramref name="call"/> loads: <c>Model.objects….get()</c> and the like, or
    /// <c>get_object_or_404(Model, …)</c>.</summary>
    private static string? ModelLoaded(CallExpression call, FunctionDecl function) => call.Callee switch
    {
        NameExpression { Name: "get_object_or_404" } => Lookup(call, function)?.Resource?.Display,
        MemberAccess { Target: var chain, Member: var method } when RowReads.Contains(method) => ManagedModel(chain, function),
        _ => null,
    };

    /// <summary>The model a manager in the chain queries: <c>Product.objects</c> (<c>cls.objects</c> in a class method of
    /// the model), or a related manager (<c>question.choice_set</c>), which Django names after its model in lower case;
    /// null when the chain has none.</summary>
    public static string? ManagedModel(IrExpression chain, FunctionDecl function)
    {
        foreach (var link in CallChains.Links(chain))
        {
            if (link.Member == "objects")
                return (link.Target is NameExpression { Name: var named } ? ClassMethods.ClassNamedBy(function, named) : null) ?? link.Target.SourceCode;
            if (link.Member.Length > RelatedSuffix.Length && link.Member.EndsWith(RelatedSuffix, StringComparison.Ordinal)) return link.Member[..^RelatedSuffix.Length];
        }
        return null;
    }

    private const string RelatedSuffix = "_set";
}
