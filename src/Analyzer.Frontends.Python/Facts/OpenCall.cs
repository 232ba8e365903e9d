using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>The parts of a call to the builtin <c>open</c> that races depend on.</summary>
internal static class OpenCall
{
    /// <summary>The mode argument (<c>mode=</c> or the second positional one), if given.</summary>
    public static IrExpression? Mode(CallExpression call) =>
        call.Arguments.FirstOrDefault(a => a.Name == "mode")?.Value ?? call.Arguments.Where(a => a.Name is null).Skip(1).FirstOrDefault()?.Value;

    /// <summary>True for a literal mode that writes or appends, making the file if it is missing (<c>"w"</c>,
    /// <c>"ab"</c>), not one that fails on a file already there (<c>"x"</c>) or reads first.</summary>
    public static bool MakesOrReplaces(IrExpression? mode) =>
        mode is LiteralExpression { Value: var text } && text.Any(c => c is 'w' or 'a') && !text.Any(c => c is 'x' or 'r');
}
