using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Methods of command-line commands (<see cref="ILanguageFacts.IsCommandBase"/>): classes derived from a framework's
/// command class, directly or through classes of the package.
/// </summary>
internal static class CommandTypes
{
    public static bool Holds(PackageModel package, FunctionDecl function) =>
        function.OwnerType is { } owner && package.TypeNamed(owner) is { } type && IsCommand(package, type, []);

    private static bool IsCommand(PackageModel package, TypeDecl type, HashSet<TypeDecl> seen) =>
        seen.Add(type) && type.Bases.Any(b => package.Facts.IsCommandBase(b, type.Module)
            || package.TypeNamed(b) is { } baseType && IsCommand(package, baseType, seen));
}
