using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A switch, type switch, select or match statement.</summary>
public sealed class SwitchStatement(SourceSpan span, SwitchKind switchKind, IrStatement? init, IrNode? subject, IReadOnlyList<SwitchCase> cases) : IrStatement(span)
{
    /// <summary>Which form.</summary>
    public SwitchKind SwitchKind { get; } = switchKind;
    /// <summary>The Go init statement, if any.</summary>
    public IrStatement? Init { get; } = init;
    /// <summary>What is switched or matched on (an expression, or a statement for a type switch guard).</summary>
    public IrNode? Subject { get; } = subject;
    /// <summary>The cases, in order.</summary>
    public IReadOnlyList<SwitchCase> Cases { get; } = cases;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.SwitchStatement;

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            if (Init is not null) yield return Init;
            if (Subject is not null) yield return Subject;
            foreach (var child in Cases) yield return child;
        }
    }
}
