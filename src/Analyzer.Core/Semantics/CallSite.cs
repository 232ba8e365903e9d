using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>A call and the function it is in.</summary>
public sealed record CallSite(CallExpression Call, FunctionDecl Caller);
