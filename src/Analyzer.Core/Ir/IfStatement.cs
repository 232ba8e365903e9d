using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>An if statement; an else-if chain nests in Else.</summary>
public sealed class IfStatement(SourceSpan span, IrStatement? init, IrExpression condition, Block then, IrStatement? @else) : IrStatement(span)
{
    /// <summary>The Go init statement, if any.</summary>
    public IrStatement? Init { get; } = init;
    /// <summary>The condition.</summary>
    public IrExpression Condition { get; } = condition;
    /// <summary>The branch taken when the condition holds.</summary>
    public Block Then { get; } = then;
    /// <summary>The else branch: a Block, another IfStatement, or null.</summary>
    public IrStatement? Else { get; } = @else;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.IfStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            if (Init is not null) yield return Init;
            yield return Condition;
            yield return Then;
            if (Else is not null) yield return Else;
        }
    }
}
