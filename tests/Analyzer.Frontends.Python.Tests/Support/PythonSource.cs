using Analyzer.Core.Frontends;
using Analyzer.Core.Ir;
using Analyzer.Core.Text;

namespace Analyzer.Frontends.Python.Tests.Support;

/// <summary>Parses Python source held in a test.</summary>
internal static class PythonSource
{
    private static readonly PythonFrontend Frontend = new();

    /// <summary>Parses <paramref name="source"/> and returns the result, diagnostics included.</summary>
    public static ParsedFile Parse(string source, string path = "pkg/mod.py") => Frontend.Parse(new SourceText(path, source));

    /// <summary>Parses <paramref name="source"/>, which must have no diagnostics, and returns its module.</summary>
    public static Module Lower(string source, string path = "pkg/mod.py")
    {
        var parsed = Parse(source, path);
        Assert.That(parsed.Diagnostics, Is.Empty, "unexpected diagnostics:\n" + string.Join("\n", parsed.Diagnostics));
        Assert.That(parsed.Module, Is.Not.Null);
        return parsed.Module!;
    }

    /// <summary>The expression of the only statement of a one-line module.</summary>
    public static IrExpression Expression(string source)
    {
        var module = Lower(source);
        Assert.That(module.Body, Has.Count.EqualTo(1));
        return ((ExpressionStatement)module.Body[0]).Expression;
    }
}
