using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>A lock that some of a function's calls in the package are made holding and others are not, so the
/// function cannot count on it.</summary>
/// <param name="Name">The lock, named as the function sees it.</param>
/// <param name="Holding">How many of the calls hold it.</param>
/// <param name="Calls">How many calls were counted.</param>
/// <param name="Without">The functions that make a call without it, in source order.</param>
/// <param name="OnNewObjects">Calls left out of the count: made on an object the caller has just made and keeps to
/// itself, which need no lock.</param>
/// <param name="InTests">Calls left out of the count: made by test code, one call at a time.</param>
/// <param name="TakenOnFlag">Of the calls that hold it, those that hold it because they pass the value of a flag
/// parameter for which the function takes the lock itself, first thing (<c>remove(sub, true)</c>); null when none.</param>
public sealed record PartlyHeldLock(string Name, int Holding, int Calls, IReadOnlyList<FunctionDecl> Without, int OnNewObjects, int InTests, PartlyHeldLock.FlagTake? TakenOnFlag)
{
    /// <summary>Calls that pass <paramref name="Value"/> for the flag parameter <paramref name="Flag"/>, which has the
    /// function take the lock itself.</summary>
    public sealed record FlagTake(string Flag, bool Value, int Calls);
}
