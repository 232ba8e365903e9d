using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;

namespace Analyzer.Testing.Toy;

/// <summary>TOY002: an <c>act x</c> with no preceding check of <c>x</c> in the same function. Its findings have no
/// related locations.</summary>
public sealed class ToyUncheckedActRule : AnalysisRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Rule { get; } = new(
        "TOY002",
        "Act without a check",
        "act on '{0}' in '{1}' has no preceding check",
        FindingLevel.Note,
        "Concurrency",
        "https://example.invalid/rules/TOY002",
        "A toy rule for testing: an act on a name that the function never checked before.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, IrKind.CallExpression);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (!ToySyntax.IsStatementCall(context.Node, "act", out var name)) return;
        var function = context.Node.Ancestors().OfType<FunctionDecl>().FirstOrDefault();
        if (function is null || ToySyntax.PrecedingCheck(function, name, context.Node.Span.StartOffset) is not null) return;
        var functionName = ToySyntax.DisplayName(function);
        context.Report(new Finding(
            Rule.Id,
            Rule.DefaultLevel,
            Rule.FormatMessage(name, functionName),
            context.Node.Span,
            ToySyntax.LinesOf(context.Node.Module.Text, context.Node.Span),
            functionName,
            [],
            "check before acting"));
    }
}
