using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// The <c>logging</c> module keeps one logger per name for the whole process: <c>logging.getLogger(name)</c> hands every
/// caller the same object, and its handlers are state every thread shares. <c>if not logger.handlers:
/// logger.addHandler(h)</c> run by two threads at once adds the handler twice, and each record is then written twice.
/// </summary>
internal static class LoggingCalls
{
    private static readonly HashSet<string> HandlerChanges = ["addHandler", "removeHandler"];

    /// <summary>The logger a <c>logging.getLogger(…)</c> call hands back, named by its arguments.</summary>
    public static string? Logger(CallExpression call, IScope scope) =>
        call.Callee is MemberAccess { Target: NameExpression { Name: "logging" }, Member: "getLogger" }
            ? $"logging.getLogger({string.Join(", ", call.Arguments.Select(a => scope.Normalize(a.Value)))})"
            : null;

    /// <summary>A change of the handlers of a logger every caller shares (one <c>logging.getLogger</c> handed back, or one
    /// a module variable holds): a write of its <c>handlers</c>.</summary>
    public static Effect? Effect(CallExpression call, IrExpression logger, string method, IScope scope) =>
        HandlerChanges.Contains(method) && scope.ResourceOf(logger) is { Kind: ResourceKind.Field, IsGlobal: true } state
            ? new Effect(EffectKind.Write, call, new Resource(ResourceKind.Field, state.Key + ".handlers", $"{logger.SourceCode}.handlers"), Detail: method + "()")
            : null;
}
