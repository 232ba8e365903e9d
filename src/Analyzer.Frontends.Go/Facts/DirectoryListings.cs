using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Go.Facts;

/// <summary>
/// Calls that answer the names a directory holds: <c>os.ReadDir</c> and <c>ioutil.ReadDir</c>, <c>filepath.Glob</c>,
/// and an open directory's <c>Readdirnames</c> and <c>Readdir</c>. Each name may be gone by the time the code uses the
/// path it builds from it.
/// </summary>
internal static class DirectoryListings
{
    public static bool Lists(CallExpression call) => Listed(call) is not null;

    /// <summary>The listing's read of the directory's entries; null for any other call.</summary>
    public static Effect? Entries(CallExpression call, IScope scope) =>
        Listed(call) is { } directory
            ? new Effect(EffectKind.Read, call, Resource.EntriesOf(directory, scope, $"the names {(call.Callee is MemberAccess { Member: "Glob" } ? "matching" : "in")} {directory.SourceCode}"), Detail: call.Callee.SourceCode)
            : null;

    // The directory (or pattern, or open directory) a listing call lists.
    private static IrExpression? Listed(CallExpression call) => call switch
    {
        { Callee: MemberAccess { Target: NameExpression { Name: "os" or "ioutil" }, Member: "ReadDir" }, Arguments: [var directory] } => directory.Value,
        { Callee: MemberAccess { Target: NameExpression { Name: "filepath" }, Member: "Glob" }, Arguments: [var pattern] } => pattern.Value,
        { Callee: MemberAccess { Target: var opened and not NameExpression { Name: "os" or "ioutil" or "filepath" }, Member: "Readdirnames" or "Readdir" }, Arguments: [_] } => opened,
        _ => null,
    };
}
