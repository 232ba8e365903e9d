using System.Text.RegularExpressions;
using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Java.Facts;

/// <summary>Which methods code outside the package can call: public and protected ones, and every method of an
/// interface (implicitly public). Private and package-private ones only the package can call. The modifiers are read
/// from the declaration's text before its name, which the IR does not keep.</summary>
internal static partial class JavaVisibility
{
    public static bool IsVisibleOutsidePackage(FunctionDecl function)
    {
        if (function.Parent is TypeDecl { TypeKind: TypeDeclKind.Interface }) return true;
        var declaration = function.SourceCode;
        var name = Regex.Match(declaration, $@"\b{Regex.Escape(function.Name)}\s*\(");
        return !name.Success || Exported().IsMatch(declaration.AsSpan(0, name.Index));
    }

    [GeneratedRegex(@"\b(public|protected)\b")]
    private static partial Regex Exported();
}
