using System.Text.RegularExpressions;
using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Java.Facts;

/// <summary>Which methods code outside the package can call: public and protected ones, and every method of an
/// interface (implicitly public). Private and package-private ones only the package can call. The modifiers are read
/// from the declaration's text before its name, which the IR does not keep; so is <c>static</c>.</summary>
internal static partial class JavaVisibility
{
    public static bool IsVisibleOutsidePackage(FunctionDecl function) =>
        function.Parent is TypeDecl { TypeKind: TypeDeclKind.Interface } || Modifiers(function) is not { } modifiers || Exported().IsMatch(modifiers);

    /// <summary>A static method: it needs no object, and the fields it reaches through the class are one per process.</summary>
    public static bool IsStatic(FunctionDecl function) =>
        function is { OwnerType: not null, Body: not null } && Modifiers(function) is { } modifiers && Static().IsMatch(modifiers);

    // The declaration's text before its name (annotations, modifiers, type parameters, result type); null when the name
    // is not found in it.
    private static string? Modifiers(FunctionDecl function)
    {
        var signature = function.Module.Text.Slice(function.Signature);
        var name = NameAt(signature, function.Name);
        return name < 0 ? null : signature[..name];
    }

    // Where the declared name stands: the first occurrence of it as a whole word followed by its parameter list.
    private static int NameAt(string signature, string name)
    {
        for (var at = signature.IndexOf(name, StringComparison.Ordinal); at >= 0; at = signature.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var after = at + name.Length;
            while (after < signature.Length && char.IsWhiteSpace(signature[after])) after++;
            if ((at == 0 || !IsIdentifierPart(signature[at - 1])) && after < signature.Length && signature[after] == '(') return at;
        }
        return -1;
    }

    private static bool IsIdentifierPart(char c) => char.IsLetterOrDigit(c) || c is '_' or '$';

    [GeneratedRegex(@"\b(public|protected)\b")]
    private static partial Regex Exported();

    [GeneratedRegex(@"\bstatic\b")]
    private static partial Regex Static();
}
