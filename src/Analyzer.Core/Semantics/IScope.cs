using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>What language facts may ask the semantic model about the code around a call.</summary>
public interface IScope
{
    /// <summary>The function being analyzed.</summary>
    FunctionDecl Function { get; }

    /// <summary>The field an expression names (receiver.field or self.field), if it names one of the owner type's fields.</summary>
    FieldDecl? FieldOf(IrExpression expression);

    /// <summary>The expression last assigned to a local name before <paramref name="at"/>, if the function shows one.</summary>
    IrExpression? ValueOf(string localName, IrNode at);

    /// <summary>True when <paramref name="expression"/> is the receiver (Go receiver, Python self).</summary>
    bool IsReceiver(IrExpression expression);
}
