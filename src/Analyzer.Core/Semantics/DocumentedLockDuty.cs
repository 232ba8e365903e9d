using System.Text.RegularExpressions;

namespace Analyzer.Core.Semantics;

/// <summary>
/// The documentation of a function says its callers hold a lock when they call it ("Lock should be held.", "Read lock
/// should be held.", "Must be called with the lock held.", "Call with the mutex held.", "Assumes the write lock is
/// held.", "The caller must hold c.mu.", "Lock is held on entry."): a convention of the code's authors, as a name ending
/// in Locked is.
/// </summary>
/// <param name="Documentation">Where it is written.</param>
/// <param name="Sentence">The sentence that says it.</param>
/// <param name="Mode">Shared when the sentence asks for a read lock.</param>
public sealed partial record DocumentedLockDuty(Documentation Documentation, string Sentence, LockMode Mode)
{
    // A word for a lock: "lock", "mutex", "mu", also as a name's end ("self._lock", "state_mu", "poolMu", "initLock"), and
    // several ("Both locks should be held").
    private const string LockWord = @"(?:\b(?:locks?|mutex(?:es)?|mu|mtx)|_(?:lock|mutex|mu|mtx)|(?<=[a-z])(?-i:Lock|Mutex|Mu|Mtx))\b";

    // "[read] lock|mutex|mu should|must [already] be held", "lock is held on entry", "the caller must hold … lock", "must
    // be called with … held", "assumes [that] … lock is held", "[to be] called with the lock held", "Call with the mutex
    // held"; "…" stays in the sentence but for a dot inside a name (self._lock).
    [GeneratedRegex(LockWord + @"\s+(?:should|must|needs?\s+to|has\s+to)\s+(?:already\s+)?be\s+(?:held|locked|taken|acquired)\b"
        + "|" + LockWord + @"\s+(?:is\s+)?(?:already\s+)?held\s+(?:on|upon|at)\s+entry\b"
        + @"|\bcallers?\s+(?:must|should)\s+(?:already\s+)?hold\b(?:[^.;]|\.(?=\w)){0,40}?" + LockWord
        + @"|\b(?:must|should)\s+be\s+called\s+(?:with|while\s+holding)\b(?:[^.;]|\.(?=\w)){0,40}?(?:\bheld\b|" + LockWord + ")"
        + @"|\bassumes?\b(?:[^.;]|\.(?=\w)){0,30}?" + LockWord + @"\s+is\s+(?:already\s+)?(?:held|locked|taken)\b"
        + @"|\bcall(?:ed)?\s+with\b(?:[^.;]|\.(?=\w)){0,30}?" + LockWord + @"\s+held\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duty();

    // "Assumes lock is NOT held.", "must not be held", "without the lock", "No lock for c is required".
    [GeneratedRegex(@"\bnot?\b|n't\b|\bwithout\b|\bunlocked\b", RegexOptions.IgnoreCase)]
    private static partial Regex Denial();

    [GeneratedRegex(@"\bread\b|\breader\b|\brlock\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadLock();

    /// <summary>The duty <paramref name="documentation"/> puts on callers; null when it puts none.</summary>
    public static DocumentedLockDuty? In(Documentation? documentation)
    {
        if (documentation is null) return null;
        foreach (var sentence in documentation.Sentences())
        {
            if (Duty().Match(sentence) is not { Success: true } duty || Denial().IsMatch(sentence)) continue;
            var asked = sentence[..(duty.Index + duty.Length)];
            return new DocumentedLockDuty(documentation, sentence, ReadLock().IsMatch(asked) ? LockMode.Shared : LockMode.Exclusive);
        }
        return null;
    }

    /// <summary>Whether the sentence names the lock field <paramref name="lockField"/> by its own name ("mu must be held",
    /// "the caller must hold c.mu").</summary>
    public bool Names(string lockField) => Regex.IsMatch(Sentence, $@"(?<!\w){Regex.Escape(lockField)}(?!\w)");

    /// <summary>The word the sentence puts before "lock" or "mutex" ("client" in "`client` lock must be held", "Account" in
    /// "Account lock should be held", "Read", "the"), or the object of a lock field it names ("c" in "c.mu"): whose lock it
    /// may be.</summary>
    public IEnumerable<string> LockOwnerWords() =>
        LockOwner().Matches(Sentence).Select(m => m.Groups["owner"].Value);

    [GeneratedRegex(@"(?<owner>\w+)(?:\W{0,2}\s+(?:lock|mutex)\b|\.\w*(?:mu|lock|mutex)\w*\b)", RegexOptions.IgnoreCase)]
    private static partial Regex LockOwner();
}
