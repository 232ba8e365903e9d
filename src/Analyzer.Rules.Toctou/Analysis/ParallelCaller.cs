using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>A function started in parallel (<paramref name="Started"/>, at <paramref name="Spawns"/>) that leads, through
/// <paramref name="Call"/> and perhaps other calls, to the function a finding is in.</summary>
internal sealed record ParallelCaller(CallSite Call, FunctionDecl Started, IReadOnlyList<SpawnSite> Spawns);
