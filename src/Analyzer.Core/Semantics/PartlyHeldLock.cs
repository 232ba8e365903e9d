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
public sealed record PartlyHeldLock(string Name, int Holding, int Calls, IReadOnlyList<FunctionDecl> Without, int OnNewObjects, int InTests);
