using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;

namespace Analyzer.Testing.Toy;

/// <summary>TOY001: an <c>act x</c> that follows a separate check of <c>x</c> in the same function, the toy version
/// of a check-then-act race. The finding's primary location is the act; its related location (role
/// <see cref="LocationRole.Check"/>) is the nearest preceding check.</summary>
public sealed class ToyCheckThenActRule : AnalysisRule
{
    /// <summary>The rule's descriptor.</summary>
    public static RuleDescriptor Rule { get; } = new(
        "TOY001",
        "Act after a separate check",
        "act on '{0}' follows the check on line {1}, but nothing makes the two atomic",
        FindingLevel.Warning,
        "Concurrency",
        "https://example.invalid/rules/TOY001",
        "A toy rule for testing: an act on a name after a separate check of the same name in the same function.");

    /// <inheritdoc />
    public override RuleDescriptor Descriptor => Rule;

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(Analyze, IrKind.CallExpression);

    private static void Analyze(NodeAnalysisContext context)
    {
        if (!ToySyntax.IsStatementCall(context.Node, "act", out var name)) return;
        var function = context.Node.Ancestors().OfType<FunctionDecl>().FirstOrDefault();
        if (function is null) return;
        var check = ToySyntax.PrecedingCheck(function, name, context.Node.Span.StartOffset);
        if (check is null) return;
        var text = context.Node.Module.Text;
        context.Report(new Finding(
            Rule.Id,
            Rule.DefaultLevel,
            Rule.FormatMessage(name, check.Span.StartLine),
            context.Node.Span,
            ToySyntax.LinesOf(text, context.Node.Span),
            ToySyntax.DisplayName(function),
            [new RelatedLocation(LocationRole.Check, check.Span, $"'{name}' is checked here", ToySyntax.LinesOf(text, check.Span))],
            "do the check and the act in one atomic step"));
    }
}
