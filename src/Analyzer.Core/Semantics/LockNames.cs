using System.Text.RegularExpressions;

namespace Analyzer.Core.Semantics;

/// <summary>How code across languages names its locks, for receivers whose type the model cannot see
/// (a lock passed in, a lock on another object).</summary>
public static partial class LockNames
{
    [GeneratedRegex(@"(^|[._])(mu|mtx|mutex|lock|lck|rwlock|rwmu)$|(Mu|Mutex|Lock)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    // wlock, lock, get_lock, repo_lock: a lower-case name (a function's, not a class's) that ends in "lock" after a
    // word break or a lock kind's prefix; not block, clock, unlock or deadlock.
    [GeneratedRegex(@"^_*(\w+_)?(w|r|rw|f|file|read|write)?lock$", RegexOptions.CultureInvariant)]
    private static partial Regex FactoryPattern();

    /// <summary>True when the last name of <paramref name="expressionText"/> reads as a lock ("mu", "f.lock", "self._lock", "stateMu").</summary>
    public static bool LooksLikeLock(string expressionText)
    {
        var last = expressionText.Split('.')[^1].TrimStart('_');
        return Pattern().IsMatch(last.ToLowerInvariant()) || Pattern().IsMatch(last);
    }

    /// <summary>True when a function or method named <paramref name="calleeName"/> reads as one that takes a lock and
    /// hands it back held ("wlock", "lock", "get_lock"). A class named like a lock ("Lock", "FileLock") makes one that
    /// is not held yet.</summary>
    public static bool LooksLikeLockFactory(string calleeName) => FactoryPattern().IsMatch(calleeName);

    /// <summary>The identity of a lock that a call hands back held (<see cref="LooksLikeLockFactory"/>): the callee's
    /// normalized path with "()", whatever the arguments ("repo.wlock(False)" and "repo.wlock()" take one lock).</summary>
    public static string ReturnedBy(string normalizedCallee) => normalizedCallee + "()";

    /// <summary>True for the identity of a lock a call handed back (<see cref="ReturnedBy"/>). What such a lock keeps
    /// out (other threads, or other runs of the program through a lock file) the model cannot see.</summary>
    public static bool IsReturnedByCall(string lockName) => lockName.EndsWith("()", StringComparison.Ordinal);
}
