using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;

namespace Analyzer.Core.Tests.Support;

/// <summary>A rule that fails on every call whose argument is named "boom".</summary>
internal sealed class ThrowingRule : AnalysisRule
{
    public static readonly RuleDescriptor Rule = new("TEST999", "Throws", "never reported", FindingLevel.Warning, "Test", "https://example.invalid/TEST999", "A rule that throws.");

    public override RuleDescriptor Descriptor => Rule;

    public override void Initialize(AnalysisContext context) => context.RegisterNodeAction(context =>
    {
        if (context.Node is CallExpression { Arguments: [{ Value: NameExpression { Name: "boom" } }] })
            throw new InvalidOperationException("boom went off");
    }, IrKind.CallExpression);
}
