using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>Keyword arguments that change what a library call does (<c>exist_ok=True</c>, <c>ignore_errors=True</c>).</summary>
internal static class KeywordArguments
{
    /// <summary>True when <paramref name="call"/> passes <paramref name="keyword"/><c>=True</c>, or <c>True</c> as the
    /// positional argument at <paramref name="position"/> (<c>shutil.rmtree(p, True)</c>), counted from the first
    /// argument the caller writes.</summary>
    public static bool IsTrue(CallExpression call, string keyword, int? position = null) =>
        call.Arguments.Any(a => a.Name == keyword && IsTrue(a.Value))
        || position is { } at && call.Arguments.TakeWhile(a => a is { Name: null, Unpack: 0 }).ElementAtOrDefault(at) is { } positional && IsTrue(positional.Value);

    /// <summary>What <paramref name="call"/> passes as <paramref name="keyword"/>, or as the positional argument at
    /// <paramref name="position"/>; null when it passes neither.</summary>
    public static IrExpression? Value(CallExpression call, string keyword, int position) =>
        call.Arguments.FirstOrDefault(a => a.Name == keyword)?.Value
        ?? call.Arguments.TakeWhile(a => a is { Name: null, Unpack: 0 }).ElementAtOrDefault(position)?.Value;

    private static bool IsTrue(IrExpression value) => value is LiteralExpression { Value: "True" };
}
