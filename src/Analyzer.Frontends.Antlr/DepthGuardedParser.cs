using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>
/// Base of every generated parser: guards each rule entry against runaway nesting, so a pathologically deep
/// expression or block yields the driver's "nesting is too deep" diagnostic instead of a stack overflow.
/// </summary>
public abstract class DepthGuardedParser : Parser
{
    /// <summary>Creates the parser over <paramref name="input"/>.</summary>
    protected DepthGuardedParser(ITokenStream input, TextWriter output, TextWriter errorOutput)
        : base(input, output, errorOutput)
    {
    }

    /// <inheritdoc />
    public override void EnterRule(ParserRuleContext localctx, int state, int ruleIndex)
    {
        AntlrParseDriver.GuardDepth();
        base.EnterRule(localctx, state, ruleIndex);
    }

    /// <inheritdoc />
    public override void EnterRecursionRule(ParserRuleContext localctx, int state, int ruleIndex, int precedence)
    {
        AntlrParseDriver.GuardDepth();
        base.EnterRecursionRule(localctx, state, ruleIndex, precedence);
    }
}
