using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A statement or declaration.</summary>
public abstract class IrStatement(SourceSpan span) : IrNode(span);
