using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>An assignment, augmented assignment, short variable declaration or variable declaration.</summary>
public sealed class Assignment(SourceSpan span, IReadOnlyList<IrExpression> targets, IReadOnlyList<IrExpression> values, string @operator, bool isDeclaration, string? typeText) : IrStatement(span)
{
    /// <summary>What is assigned to, in order.</summary>
    public IReadOnlyList<IrExpression> Targets { get; } = targets;
    /// <summary>The assigned values, in order (empty for a declaration without values).</summary>
    public IReadOnlyList<IrExpression> Values { get; } = values;
    /// <summary>The operator as written: "=", a declaring one (Go's ":="), or an augmented one such as "+=".</summary>
    public string Operator { get; } = @operator;
    /// <summary>True when the statement declares new variables (Go var/const/:=).</summary>
    public bool IsDeclaration { get; } = isDeclaration;
    /// <summary>The declared or annotated type, if any.</summary>
    public string? TypeText { get; } = typeText;
    /// <summary>True when the assignment combines each target's old value with the new one (<c>x += 1</c>, and
    /// <c>x++</c> lowered so), as opposed to replacing it or declaring it.</summary>
    public bool IsAugmented => !IsDeclaration && Operator != "=";

    /// <inheritdoc />
    public override IrKind Kind => IrKind.Assignment;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            foreach (var child in Targets) yield return child;
            foreach (var child in Values) yield return child;
        }
    }
}
