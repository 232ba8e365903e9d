namespace Analyzer.Rules.Toctou;

/// <summary>The kinds of TOCTOU fix the rules advise, each worded for the language of the file (<see cref="FixAdvice"/>).</summary>
public enum FixKind
{
    /// <summary>Hold one lock from the check through the act.</summary>
    HoldLockAcrossCheckAndAct,
    /// <summary>Hold a lock of the task scheduler (an async lock) from the check through the suspension point to the act.</summary>
    HoldTaskLockAcrossYield,
    /// <summary>Re-check after taking the write lock.</summary>
    RecheckUnderWriteLock,
    /// <summary>Use the store's atomic check-and-act, or re-read the object under the store's lock.</summary>
    AtomicStoreOperation,
    /// <summary>Re-read each listed key's value atomically, or tolerate its absence explicitly.</summary>
    SnapshotStore,
    /// <summary>Lock the rows read (SELECT ... FOR UPDATE) or use an upsert.</summary>
    RowLockOrUpsert,
    /// <summary>Create exclusively (O_EXCL, exist_ok) instead of checking first.</summary>
    ExclusiveFileCreate,
    /// <summary>Use the cache's atomic add.</summary>
    AtomicCacheAdd,
    /// <summary>Make a process-wide value once (at start-up, or once under a lock) instead of testing it on every call.</summary>
    MakeOnce,
    /// <summary>Wait on the condition in a loop that tests the state again after every wake-up.</summary>
    WaitInLoop,
}
