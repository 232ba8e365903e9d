using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// pathlib: a path object's own methods check the path it names (<c>p.exists()</c>, <c>p.is_file()</c>,
/// <c>p.stat()</c>) and use it (<c>p.unlink()</c>, <c>p.mkdir()</c>, <c>p.open()</c>, <c>p.write_text()</c>), the same
/// resource as <c>os.path.exists(p)</c>. Tolerant and exclusive forms are atomic check-and-act: <c>mkdir(exist_ok=True)</c>,
/// <c>unlink(missing_ok=True)</c>, <c>touch(exist_ok=False)</c> and <c>open('x')</c>. A plain <c>touch()</c> is a use:
/// after a check that found the file it makes again, empty, one that vanished in between.
/// </summary>
internal static class PathlibCalls
{
    private static readonly HashSet<string> Checks = ["exists", "is_file", "is_dir", "is_symlink", "stat", "lstat"];
    private static readonly HashSet<string> Uses = ["unlink", "mkdir", "rmdir", "touch", "write_text", "write_bytes", "read_text", "read_bytes", "open", "rename", "replace", "symlink_to", "hardlink_to", "chmod"];

    /// <summary>True for a call that looks like a path object's own: a check takes no path argument (<c>p.exists()</c>,
    /// unlike <c>storage.exists(name)</c> or a virtual file system's <c>vfs.exists(name)</c>, whose argument is the path),
    /// and the receiver is not the method's own object.</summary>
    public static bool Applies(CallExpression call, IrExpression receiver, string method, IScope scope) =>
        !scope.IsReceiver(receiver) && (Checks.Contains(method) ? call.Arguments.All(a => a.Name is not null) : Uses.Contains(method));

    public static IReadOnlyList<Effect> Effects(CallExpression call, IrExpression path, string method, IScope scope)
    {
        var resource = Resource.PathOf(path, scope);
        var detail = $"{path.SourceCode}.{method}";
        if (Checks.Contains(method)) return [new Effect(EffectKind.Read, call, resource, Detail: detail)];
        var use = new Effect(Tolerant(call, method) ? EffectKind.AtomicCheckAndAct : EffectKind.Write, call, resource, Detail: detail);
        return method is "read_text" or "read_bytes" ? [use, new Effect(EffectKind.Read, call, resource, Detail: detail)] : [use];
    }

    private static bool Tolerant(CallExpression call, string method) => method switch
    {
        "mkdir" => KeywordArguments.IsTrue(call, "exist_ok", 2),
        "unlink" => KeywordArguments.IsTrue(call, "missing_ok", 0),
        "touch" => call.Arguments.Any(a => a.Name == "exist_ok" && a.Value is LiteralExpression { Value: "False" }),
        "open" => call.Arguments.FirstOrDefault(a => a.Name is null or "mode")?.Value is LiteralExpression { Value: var mode } && mode.Contains('x', StringComparison.Ordinal),
        _ => false,
    };
}
