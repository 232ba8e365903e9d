using System.Text.RegularExpressions;

namespace Analyzer.Core.Semantics;

/// <summary>How code across languages names its locks, for receivers whose type the model cannot see
/// (a lock passed in, a lock on another object).</summary>
public static partial class LockNames
{
    [GeneratedRegex(@"(^|[._])(mu|mtx|mutex|lock|lck|rwlock|rwmu)$|(Mu|Mutex|Lock)$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    /// <summary>True when the last name of <paramref name="expressionText"/> reads as a lock ("mu", "f.lock", "self._lock", "stateMu").</summary>
    public static bool LooksLikeLock(string expressionText)
    {
        var last = expressionText.Split('.')[^1].TrimStart('_');
        return Pattern().IsMatch(last.ToLowerInvariant()) || Pattern().IsMatch(last);
    }
}
