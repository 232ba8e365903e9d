using Analyzer.Core.Frontends;
using Analyzer.Core.Ir;
using Analyzer.Core.Text;

namespace Analyzer.Frontends.Go.Tests.Support;

/// <summary>Parses Go source held in a test.</summary>
internal static class GoSource
{
    private static readonly GoFrontend Frontend = new();

    /// <summary>Parses <paramref name="source"/> and returns the result, diagnostics included.</summary>
    public static ParsedFile Parse(string source, string path = "pkg/file.go") => Frontend.Parse(new SourceText(path, source));

    /// <summary>Parses <paramref name="source"/>, which must have no diagnostics, and returns its module.</summary>
    public static Module Lower(string source, string path = "pkg/file.go")
    {
        var parsed = Parse(source, path);
        Assert.That(parsed.Diagnostics, Is.Empty, "unexpected diagnostics:\n" + string.Join("\n", parsed.Diagnostics));
        Assert.That(parsed.Module, Is.Not.Null);
        return parsed.Module!;
    }

    /// <summary>Lowers <paramref name="body"/> as the body of <c>func f()</c> in package p and returns the body's statements.</summary>
    public static IReadOnlyList<IrStatement> Body(string body) =>
        Lower("package p\n\nfunc f() {\n" + body + "\n}\n").First<FunctionDecl>().Body!.Statements;

    /// <summary>Lowers <paramref name="expression"/> as the value of <c>var x = …</c> and returns it.</summary>
    public static IrExpression Expression(string expression) =>
        ((Assignment)Lower("package p\n\nvar x = " + expression + "\n").Body.Single()).Values.Single();

    /// <summary>Start line and column of a node.</summary>
    public static (int Line, int Column) Start(this IrNode node) => (node.Span.StartLine, node.Span.StartColumn);
}
