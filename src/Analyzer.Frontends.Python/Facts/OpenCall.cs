using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>The parts of a call to the builtin <c>open</c> that races depend on.</summary>
internal static class OpenCall
{
    /// <summary>The mode argument (<c>mode=</c> or the second positional one), if given.</summary>
    public static IrExpression? Mode(CallExpression call) =>
        call.Arguments.FirstOrDefault(a => a.Name == "mode")?.Value ?? call.Arguments.Where(a => a.Name is null).Skip(1).FirstOrDefault()?.Value;
}
