using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>A lock that some of a function's calls in the package are made holding and others are not, so the
/// function cannot count on it.</summary>
/// <param name="Name">The lock, named as the function sees it.</param>
/// <param name="Holding">How many of the calls hold it.</param>
/// <param name="Calls">How many calls there are.</param>
/// <param name="Without">The functions that make a call without it, in source order.</param>
public sealed record PartlyHeldLock(string Name, int Holding, int Calls, IReadOnlyList<FunctionDecl> Without);
