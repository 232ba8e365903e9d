using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// Paths the function made itself under a fresh, unguessable name (a temporary file or directory it created), and paths
/// inside such a directory. No other process knows such a path, and a temporary directory is readable only by its
/// owner, so a check of it and a later use cannot be raced: the path is the program's own.
/// </summary>
internal static class OwnPaths
{
    // Locals assigned from locals: a few steps are all real code takes (fd, name = mkstemp(); path = join(name, "x")).
    private const int MaxSteps = 6;

    /// <summary>True when the path the check of <paramref name="check"/> reads is one of the function's own.</summary>
    public static bool IsOwn(FunctionModel model, Access check)
    {
        var scope = model.Scope;
        var key = check.Resource!.Key;
        var path = check.Effect.Node.DescendantsAndSelf().OfType<IrExpression>().FirstOrDefault(e => Resource.PathOf(e, scope).Key == key);
        IrNode at = check.Effect.Node;
        for (var step = 0; path is not null && step < MaxSteps; step++)
        {
            switch (path)
            {
                case CallExpression call when model.Package.Facts.MakesUniquePath(call):
                    return true;
                case CallExpression call:
                    path = model.Package.Facts.JoinedDirectory(call);
                    break;
                case NameExpression { Name: var name }:
                    path = scope.ValueOf(name, at);
                    if (path is not null) at = path;
                    break;
                default:
                    return false;
            }
        }
        return false;
    }
}
