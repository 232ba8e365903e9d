using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>An expression.</summary>
public abstract class IrExpression(SourceSpan span) : IrNode(span);
