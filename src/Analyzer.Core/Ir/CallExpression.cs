using Analyzer.Core.Text;

namespace Analyzer.Core.Ir;

/// <summary>A call.</summary>
public sealed class CallExpression(SourceSpan span, IrExpression callee, IReadOnlyList<Argument> arguments) : IrExpression(span)
{
    /// <summary>What is called.</summary>
    public IrExpression Callee { get; } = callee;
    /// <summary>The arguments, in order.</summary>
    public IReadOnlyList<Argument> Arguments { get; } = arguments;

    /// <inheritdoc />
    public override IrKind Kind => IrKind.CallExpression;

    /// <summary>The argument this call passes for <paramref name="callee"/>'s parameter <paramref name="name"/>, by keyword
    /// or by position; null when it passes none that the code shows.</summary>
    public IrExpression? ArgumentFor(FunctionDecl callee, string name)
    {
        var parameter = callee.Parameters.Select((p, i) => (p.Name, Index: i)).FirstOrDefault(p => p.Name == name);
        if (parameter.Name is null) return null;
        var named = Arguments.FirstOrDefault(a => a.Name == parameter.Name);
        if (named is not null) return named.Value;
        var positional = Arguments.TakeWhile(a => a is { Name: null, Unpack: 0 }).ToList();
        return parameter.Index < positional.Count ? positional[parameter.Index].Value : null;
    }

    /// <inheritdoc />
    protected override IEnumerable<IrNode> ChildNodes
    {
        get
        {
            yield return Callee;
            foreach (var child in Arguments) yield return child;
        }
    }
}
