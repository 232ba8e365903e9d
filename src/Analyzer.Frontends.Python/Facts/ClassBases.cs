using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>The bases of a class by their last dotted name, as written (<c>View</c> for <c>generic.View</c>).</summary>
internal static class ClassBases
{
    public static IEnumerable<string> Of(TypeDecl type) => type.Bases.Select(b => b.Split('.')[^1]);

    /// <summary>The bases of the class <paramref name="function"/> is a method of; none for a plain function.</summary>
    public static IEnumerable<string> OfOwner(FunctionDecl function) => function.Parent is TypeDecl type ? Of(type) : [];
}
