using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// Calls that answer the names a directory holds: <c>os.listdir</c>, <c>os.scandir</c> and <c>os.walk</c>,
/// <c>glob.glob</c> and <c>glob.iglob</c> (on the module or imported by name), and a path object's <c>iterdir</c>,
/// <c>glob</c> and <c>rglob</c>. Each name may be gone by the time the code uses the path it builds from it.
/// </summary>
internal static class DirectoryListings
{
    private static readonly HashSet<string> OsListings = ["listdir", "scandir", "walk"];
    private static readonly HashSet<string> GlobListings = ["glob", "iglob"];
    private static readonly HashSet<string> PathObjectListings = ["iterdir", "glob", "rglob"];
    private static readonly HashSet<string> OsModule = ["os"];
    private static readonly HashSet<string> GlobModule = ["glob"];

    public static bool Lists(CallExpression call) => Listed(call) is not null;

    /// <summary>The listing's read of the directory's entries; null for any other call.</summary>
    public static Effect? Entries(CallExpression call, IScope scope) =>
        Listed(call) is { } directory && !scope.IsReceiver(directory)
            ? new Effect(EffectKind.Read, call, Resource.EntriesOf(directory, scope, Names(call, directory)), Detail: call.Callee.SourceCode)
            : null;

    // "the names in d", "the names matching pattern", "the names under d".
    private static string Names(CallExpression call, IrExpression directory) => PackageModel.CalleeName(call) switch
    {
        "walk" or "rglob" => $"the names under {directory.SourceCode}",
        "glob" or "iglob" when call.Arguments is [{ Value: var pattern }, ..] && ReferenceEquals(pattern, directory) => $"the names matching {directory.SourceCode}",
        _ => $"the names in {directory.SourceCode}",
    };

    // The directory (or pattern) a listing call lists.
    private static IrExpression? Listed(CallExpression call) => call switch
    {
        { Callee: MemberAccess { Target: NameExpression { Name: "os" }, Member: var listing }, Arguments: [{ Name: null } directory, ..] }
            when OsListings.Contains(listing) => directory.Value,
        { Callee: MemberAccess { Target: NameExpression { Name: "glob" }, Member: var listing }, Arguments: [{ Name: null } pattern, ..] }
            when GlobListings.Contains(listing) => pattern.Value,
        { Callee: NameExpression { Name: var listing }, Arguments: [{ Name: null } directory, ..] }
            when OsListings.Contains(listing) && PythonImports.BindsFrom(call.Module, listing, OsModule)
                 || GlobListings.Contains(listing) && PythonImports.BindsFrom(call.Module, listing, GlobModule) => directory.Value,
        { Callee: MemberAccess { Target: var path and not NameExpression { Name: "os" or "glob" }, Member: var listing } }
            when PathObjectListings.Contains(listing) => path,
        _ => null,
    };
}
