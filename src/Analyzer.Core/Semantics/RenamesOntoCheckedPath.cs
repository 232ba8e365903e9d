using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>A rename of a complete file onto the path a check looked at (Go's <c>os.Rename(tmp, p)</c>, Python's
/// <c>os.replace(tmp, p)</c>): it puts the file there in one step, replacing whatever is there (a link itself, not what
/// it points to), so what the check saw of the path does not matter. A directory the function made under a fresh name
/// is another matter: renamed onto one that appeared meanwhile, it fails. The frontend says which calls replace and
/// which make such a directory.</summary>
public static class RenamesOntoCheckedPath
{
    /// <summary>True when <paramref name="act"/> renames a file onto the path <paramref name="check"/> looked at, by a
    /// call <paramref name="replaces"/> accepts, from a source no call <paramref name="makesFreshDirectory"/> accepts made.</summary>
    public static bool Holds(IrNode check, IrNode act, Func<CallExpression, bool> replaces, Func<CallExpression, bool> makesFreshDirectory) =>
        act is CallExpression { Arguments: [var source, var destination] } rename && replaces(rename)
        && check is CallExpression { Arguments: [var checkedPath, ..] } && checkedPath.Value.SourceCode == destination.Value.SourceCode
        && !MadeAsDirectory(source.Value, act, makesFreshDirectory);

    // A local the function assigned a directory it made under a fresh name (tmp, err := os.MkdirTemp(dir, "x*")).
    private static bool MadeAsDirectory(IrExpression path, IrNode at, Func<CallExpression, bool> makesFreshDirectory) =>
        path is NameExpression { Name: var name } && at.EnclosingFunction()?.Body is { } body
        && body.DescendantsAndSelf().OfType<Assignment>().Any(a => a.Span.EndOffset <= at.Span.StartOffset
            && a.Targets.FirstOrDefault() is NameExpression { Name: var target } && target == name
            && a.Values is [CallExpression made] && makesFreshDirectory(made));
}
