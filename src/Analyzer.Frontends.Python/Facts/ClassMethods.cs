using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>Class methods (<c>@classmethod</c>), whose first parameter is the class itself, not an instance.</summary>
internal static class ClassMethods
{
    public static bool Is(FunctionDecl function) => function.Decorators.Any(d => d is NameExpression { Name: "classmethod" });

    /// <summary>The class <paramref name="name"/> stands for in <paramref name="function"/>: its owner when the name is
    /// the first parameter of a class method (<c>cls</c>); null otherwise.</summary>
    public static string? ClassNamedBy(FunctionDecl function, string name) => name == function.ReceiverName && Is(function) ? function.OwnerType : null;
}
