using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics.Posix;

/// <summary>
/// POSIX advisory file locks as the C library names them and Go's <c>syscall.Flock</c> and Python's <c>fcntl.flock</c> /
/// <c>lockf</c> pass them on: <c>flock(fd, LOCK_EX)</c> takes the lock of the open file <c>fd</c> (<c>LOCK_SH</c> a shared
/// one; <c>LOCK_NB</c> only makes it fail instead of wait, and is taken as succeeding) and <c>flock(fd, LOCK_UN)</c> lets
/// it go. While it is held, the program's other runs that lock the same file wait, so a check and an act made under it
/// are one step for them.
/// </summary>
public static class FileLockCalls
{
    /// <summary>The acquisition or release a lock call makes on the file its first argument names; null when the
    /// call does not have the descriptor and the operation.</summary>
    public static Effect? Effect(CallExpression call, IScope scope)
    {
        if (call.Arguments is not [{ Value: var file }, { Value: var operation }, ..]) return null;
        var names = operation.DescendantsAndSelf().Select(n => n switch
        {
            MemberAccess { Member: var member } => member,
            NameExpression { Name: var name } => name,
            _ => null,
        }).ToHashSet(StringComparer.Ordinal);
        var name = scope.Normalize(file);
        if (names.Contains("LOCK_UN")) return new Effect(EffectKind.Release, call, Lock: name);
        if (names.Contains("LOCK_EX"))
            return new Effect(EffectKind.Acquire, call, Lock: name, Mode: LockMode.Exclusive);
        return names.Contains("LOCK_SH") ? new Effect(EffectKind.Acquire, call, Lock: name, Mode: LockMode.Shared) : null;
    }
}
