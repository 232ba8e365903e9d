namespace Analyzer.Rules.Toctou;

/// <summary>
/// How to fix each kind of TOCTOU finding, in the idiom of the file's language: the rule pack owns its advice, keyed by
/// the frontend's language id. A language the pack has no words for yet gets the advice in general terms.
/// </summary>
internal static class FixAdvice
{
    /// <summary>The advice for <paramref name="kind"/> in a file of <paramref name="language"/>.</summary>
    public static string For(FixKind kind, string language) => language switch
    {
        "go" => Go(kind),
        "python" => Python(kind),
        _ => General(kind),
    };

    private static string Go(FixKind kind) => kind switch
    {
        FixKind.HoldLockAcrossCheckAndAct => "Take the mutex before the check and keep it until after the act (`mu.Lock(); defer mu.Unlock()` around both), so no other goroutine can change the state in between.",
        FixKind.RecheckUnderWriteLock => "After trading the RLock for Lock, check the condition again before acting (double-checked locking), or take Lock for both the check and the act.",
        FixKind.AtomicStoreOperation => "Make the check and the act one atomic step under the lock that protects the data: add a check-and-queue method that re-reads the object from the store while holding the queue's lock and skips it when the key is already queued (or in flight), instead of acting on an object read earlier; use the store's atomic operations (for example sync.Map.LoadOrStore) where it has them.",
        FixKind.SnapshotStore => "Do not assume a listed key is still there: take one consistent snapshot (a List() that returns the objects with their keys) or treat a missing or changed key on lookup as a normal outcome, and re-check under the store's own lock before acting on it.",
        FixKind.RowLockOrUpsert => "Lock the row you read (`SELECT ... FOR UPDATE` inside the transaction) or replace the read-then-write with one upsert (`INSERT ... ON CONFLICT ... DO UPDATE`), and handle the unique-violation error instead of ignoring it.",
        FixKind.ExclusiveFileCreate => "Skip the os.Stat check and act directly: `os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, perm)` fails if the file exists, `os.MkdirAll` tolerates an existing directory; then handle the returned error (os.IsExist / os.IsNotExist).",
        FixKind.MakeOnce => "Make the value once: in an `init` function or the variable's initializer, or on first use through `sync.Once` (`var current = sync.OnceValue(load)`, then `current()`), which runs it once and makes every other caller wait for it; for a value per key, take one package-level mutex before the test and keep it until after the store.",
        FixKind.WaitInLoop => "Wait in a loop that tests the condition again each time `Wait` returns (`for len(q.items) == 0 { q.cond.Wait() }`): another goroutine can take what the signal announced before this one runs again.",
        _ => General(kind),
    };

    private static string Python(FixKind kind) => kind switch
    {
        FixKind.HoldLockAcrossCheckAndAct => "Do the check and the act inside one `with self._lock:` block (or `acquire()` before the check and `release()` in a `finally` after the act), so no other thread can change the state in between.",
        FixKind.HoldTaskLockAcrossYield => "Hold one `asyncio.Lock` from the check until after the act (`async with self._lock:` around both, the await included), or store the pending task before awaiting it so that a second caller awaits the same one. A `threading.Lock` held across an await would block the event loop.",
        FixKind.RecheckUnderWriteLock => "Check the condition again after taking the lock that guards the write, or hold that lock for both the check and the act.",
        FixKind.AtomicStoreOperation => "Make the check and the act one atomic step on the store (its own check-and-set, such as dict.setdefault or cache.add), or re-read the object under the store's lock before acting.",
        FixKind.SnapshotStore => "Do not assume a listed key is still there: take one consistent snapshot of keys and values, or treat a missing key on lookup as a normal outcome.",
        FixKind.RowLockOrUpsert => "Lock the row you read (`SELECT ... FOR UPDATE`, or `Model.objects.select_for_update()`, inside `transaction.atomic()`) or replace the SELECT-then-INSERT/UPDATE with one upsert (`INSERT ... ON CONFLICT (key) DO NOTHING` / `DO UPDATE`, or `update_or_create` backed by a unique constraint), and let `IntegrityError` surface (or retry) instead of returning False from `except DatabaseError`.",
        FixKind.ExclusiveFileCreate => "Skip the os.path check and act directly: `open(path, 'x')` fails if the file exists, `os.makedirs(path, exist_ok=True)` tolerates an existing directory; then handle FileExistsError / FileNotFoundError.",
        FixKind.AtomicCacheAdd => "Use `cache.add(key, value, timeout)`, which sets the key only if it is absent, atomically, and check its return value instead of a `cache.get` followed by `cache.set`.",
        FixKind.MakeOnce => "Make the value at import time, or take a module-level lock (`_lock = threading.Lock()` beside the variable) before the test and keep it until after the store (`with _lock:` around both), so a second first caller waits and finds it made.",
        FixKind.WaitInLoop => "Wait in a loop that tests the condition again after every wake-up (`while not self._items: self._cond.wait()`), or let `self._cond.wait_for(lambda: self._items)` do the loop: another thread can take what the notification announced first.",
        _ => General(kind),
    };

    private static string General(FixKind kind) => kind switch
    {
        FixKind.HoldLockAcrossCheckAndAct => "Hold one lock from before the check until after the act, so no other thread can change the state in between.",
        FixKind.HoldTaskLockAcrossYield => "Hold one lock of the task scheduler (an async lock) from before the check until after the act, the suspension point included, or record the pending work before suspending so that a second task waits for the same one.",
        FixKind.RecheckUnderWriteLock => "Check the condition again after taking the lock that guards the write, or hold that lock for both the check and the act.",
        FixKind.AtomicStoreOperation => "Make the check and the act one atomic step on the store (its own check-and-set), or re-read the object under the store's lock before acting.",
        FixKind.SnapshotStore => "Do not assume a listed key is still there: take one consistent snapshot of keys and values, or treat a missing key on lookup as a normal outcome.",
        FixKind.RowLockOrUpsert => "Lock the row you read (`SELECT ... FOR UPDATE` inside the transaction) or replace the read-then-write with one upsert, and handle the unique-violation error instead of ignoring it.",
        FixKind.ExclusiveFileCreate => "Skip the check and act directly with an exclusive create (one that fails if the path exists) or a create that tolerates an existing directory, then handle the error the act reports.",
        FixKind.AtomicCacheAdd => "Use the cache's atomic add-if-absent operation instead of a get followed by a set.",
        FixKind.MakeOnce => "Make the value once, at start-up or on first use under one lock taken before the test, so a second first caller waits and finds it made.",
        FixKind.WaitInLoop => "Wait in a loop that tests the condition again after every wake-up (`while (queue.isEmpty()) lock.wait();`): another thread can take what the notification announced first, and a wait can also end with nothing changed.",
        _ => "Make the check and the act one atomic step.",
    };
}
