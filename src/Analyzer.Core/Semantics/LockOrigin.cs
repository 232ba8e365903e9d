namespace Analyzer.Core.Semantics;

/// <summary>Why a lock is held at a point.</summary>
public enum LockOrigin
{
    /// <summary>The function acquired it (a call such as Lock() or acquire()).</summary>
    Acquired,
    /// <summary>A scoped statement holds it (Python with lock:).</summary>
    Scope,
    /// <summary>Every caller in the package holds it at the call.</summary>
    Caller,
    /// <summary>Only the function's name (Go *Locked, Python *_locked) or its documentation ("Lock should be held.") says a
    /// caller holds it.</summary>
    Convention,
}
