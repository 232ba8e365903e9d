using Analyzer.Core.Text;

namespace Analyzer.Core.Semantics;

/// <summary>A check and an act that depends on it, performed while one lock was held across both.</summary>
/// <param name="Check">The guarding condition.</param>
/// <param name="Act">The write it guards.</param>
/// <param name="Lock">Where the lock that covers both was taken.</param>
/// <param name="LockName">The lock's identity, such as "this._lock".</param>
/// <param name="LockCode">The source line that takes the lock.</param>
/// <param name="State">The receiver's field the act writes (<see cref="Resource.ReceiverField"/>); null for other state.</param>
public sealed record GuardedAct(SourceSpan Check, SourceSpan Act, SourceSpan Lock, string LockName, string LockCode, string? State);
