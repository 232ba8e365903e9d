using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;

namespace Analyzer.Core.Tests.Semantics;

[TestFixture]
public sealed class DocumentedLockDutyTests
{
    [TestCase("Lock should be held.", "Lock should be held.", LockMode.Exclusive)]
    [TestCase("Read lock should be held.", "Read lock should be held.", LockMode.Shared)]
    [TestCase("flush writes the buffer out. Write lock needs to be held.", "Write lock needs to be held.", LockMode.Exclusive)]
    [TestCase("remove drops it  call with the lock held", "call with the lock held", LockMode.Exclusive)]
    [TestCase("Make sure minFill is correct - call with mu held", "Make sure minFill is correct - call with mu held", LockMode.Exclusive)]
    [TestCase("Assumes that lock is already held.", "Assumes that lock is already held.", LockMode.Exclusive)]
    [TestCase("Must be called with self._lock held.", "Must be called with self._lock held.", LockMode.Exclusive)]
    [TestCase("Remember it.\n\n    The caller must hold\n    self._mutex while this runs.\n", "The caller must hold self._mutex while this runs.", LockMode.Exclusive)]
    [TestCase("c.stateLock must be held", "c.stateLock must be held", LockMode.Exclusive)]
    [TestCase("Marks the connection closed.\nLock is held on entry.", "Lock is held on entry.", LockMode.Exclusive)]
    [TestCase("Read lock held upon entry.", "Read lock held upon entry.", LockMode.Shared)]
    [TestCase("Removes the block.\nBoth locks should be held.", "Both locks should be held.", LockMode.Exclusive)]
    public void A_sentence_that_puts_the_lock_on_the_caller_is_the_duty(string text, string sentence, LockMode mode)
    {
        var duty = DocumentedLockDuty.In(Documented(text));

        Assert.That((duty?.Sentence, duty?.Mode), Is.EqualTo(((string?)sentence, (LockMode?)mode)));
    }

    [TestCase("Assumes lock is NOT held.")]
    [TestCase("The lock must not be held when calling this.")]
    [TestCase("No lock for c is required.")]
    [TestCase("It takes the lock itself.")]
    [TestCase("The block should be held in memory.")]
    [TestCase("Callers must hold a reference to the buffer.")]
    [TestCase("The lock is held on the table, not the row.")]
    public void A_sentence_that_denies_it_or_says_something_else_is_none(string text) =>
        Assert.That(DocumentedLockDuty.In(Documented(text)), Is.Null);

    [Test]
    public void The_words_before_the_lock_say_whose_it_is()
    {
        var duty = DocumentedLockDuty.In(Documented("`client` lock must be held on entry."))!;

        Assert.That(duty.LockOwnerWords(), Does.Contain("client"));
        Assert.That(DocumentedLockDuty.In(Documented("mu must be held."))!.Names("mu"), Is.True);
    }

    private static Documentation Documented(string text) => new(new Comment(SourceSpan.FileStart("a.go"), text), text);
}
