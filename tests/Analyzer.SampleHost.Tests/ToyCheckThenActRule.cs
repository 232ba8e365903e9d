using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;

namespace Analyzer.SampleHost.Tests;

/// <summary>A toy rule over the toy language: <c>act x</c> inside <c>if x { }</c> is an error-level finding, and
/// <c>act x</c> after a plain <c>check x</c> in the same block a warning. Enough to drive the host's exit codes.</summary>
internal sealed class ToyCheckThenActRule : AnalysisRule
{
    public const string Id = "TOY001";

    public override RuleDescriptor Descriptor { get; } = new(
        Id, "Toy check-then-act", "act on '{0}' depends on a check of '{0}'", FindingLevel.Warning, "Concurrency",
        "https://example.invalid/toy001", "A toy rule for the host's tests.");

    public override void Initialize(AnalysisContext context) =>
        context.RegisterNodeAction(Analyze, IrKind.CallExpression);

    private void Analyze(NodeAnalysisContext context)
    {
        if (context.Node is not CallExpression { Callee: NameExpression { Name: "act" }, Arguments: [{ Value: NameExpression target }] } act)
            return;
        var guarded = act.Ancestors().OfType<IfStatement>().Any(i => i.Condition is NameExpression n && n.Name == target.Name);
        var checkedBefore = act.Parent?.Parent is Block block && block.Statements
            .TakeWhile(s => !s.Span.Contains(act.Span))
            .Any(s => s is ExpressionStatement { Expression: CallExpression { Callee: NameExpression { Name: "check" }, Arguments: [{ Value: NameExpression c }] } } && c.Name == target.Name);
        if (!guarded && !checkedBefore) return;
        var function = act.Ancestors().OfType<FunctionDecl>().First();
        context.Report(new Finding(Id, guarded ? FindingLevel.Error : FindingLevel.Warning, Descriptor.FormatMessage(target.Name),
            act.Span, act.SourceCode, function.Name, [], "Hold one lock from the check through the act."));
    }
}
