using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Tests.Support;

/// <summary>Reports every toy <c>act</c>, so two rules report at the same location.</summary>
internal sealed class EveryActRule : AnalysisRule
{
    public static readonly RuleDescriptor Rule = new("TEST001", "Every act", "act {0}", FindingLevel.Note, "Test", "https://example.invalid/TEST001", "Reports every act.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(context =>
    {
        if (context.Node is CallExpression { Callee: NameExpression { Name: "act" }, Arguments: [{ Value: NameExpression name }] })
            context.Report(new Finding(Rule.Id, Rule.DefaultLevel, Rule.FormatMessage(name.Name), context.Node.Span,
                context.Node.SourceCode, "f", [], "none"));
    }, IrKind.CallExpression);
}
