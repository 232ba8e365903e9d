using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Go.Facts;

/// <summary>
/// File systems reached through a value rather than the os package: io/fs's functions, which take the file system first
/// (<c>fs.Stat(fsys, name)</c>), and the methods of a value whose type is a known file-system interface (<c>afero.Fs</c>,
/// go-billy's <c>billy.Filesystem</c>) or an interface of the package that embeds one of io/fs's and declares a change of
/// a path (<c>interface { fs.FS; Mkdir(name string, perm fs.FileMode) error }</c>). A package's own file-system
/// abstraction that builds on nothing standard is not taken for one: its methods may do anything. The path is the
/// argument after the file system, as os's functions take it.
/// </summary>
internal static class FileSystemValues
{
    private static readonly HashSet<string> KnownInterfaces = ["afero.Fs", "billy.Filesystem", "billy.Basic", "billy.Dir"];
    private static readonly HashSet<string> IoFsFunctions = ["Stat", "ReadFile", "ReadDir"];

    /// <summary>How many arguments come before the path when <paramref name="call"/> is a file-system call of
    /// <paramref name="function"/> on a value (one for io/fs's functions, none for a method); null for any other call.</summary>
    public static int? PathArgument(CallExpression call, IrExpression target, string function, IScope scope, Func<string, bool> isFileCall)
    {
        if (target is NameExpression { Name: "fs" } package && IoFsFunctions.Contains(function) && call.Arguments.Count == 2 && !IsVariable(package, call, scope)) return 1;
        return isFileCall(function) && IsFileSystem(target, scope, isFileCall) ? 0 : null;
    }

    private static bool IsFileSystem(IrExpression value, IScope scope, Func<string, bool> isFileCall) =>
        scope.DeclaredTypeText(value) is { } text && text.TrimStart('*') is var type
        && (KnownInterfaces.Contains(type) || scope.Package.TypeNamed(GoTypeNames.Base(type)) is { TypeKind: TypeDeclKind.Interface } declared
            && declared.Bases.Any(b => b.StartsWith("fs.", StringComparison.Ordinal)) && declared.InterfaceMethods.Any(isFileCall));

    // A parameter or local of that name, not the io/fs package.
    private static bool IsVariable(NameExpression name, CallExpression call, IScope scope) =>
        scope.DeclaredTypeText(name) is not null || scope.ValueOf(name.Name, call) is not null;
}
