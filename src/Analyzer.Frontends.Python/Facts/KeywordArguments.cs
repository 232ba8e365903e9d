using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>Keyword arguments that change what a library call does (<c>exist_ok=True</c>, <c>ignore_errors=True</c>).</summary>
internal static class KeywordArguments
{
    /// <summary>True when <paramref name="call"/> passes <paramref name="keyword"/><c>=True</c>.</summary>
    public static bool IsTrue(CallExpression call, string keyword) =>
        call.Arguments.Any(a => a.Name == keyword && a.Value is LiteralExpression { Value: "True" });
}
