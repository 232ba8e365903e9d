using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A check (a read of shared state) and an act (a write) that depends on it.</summary>
/// <param name="Check">The read.</param>
/// <param name="Guard">The condition through which the act depends on the read; null when the act uses the read's
/// value directly (a stale object or key passed to the act).</param>
/// <param name="Act">The write, or the per-key read that relies on a stale listing.</param>
internal sealed record CheckActPair(Access Check, Guard? Guard, Access Act);
