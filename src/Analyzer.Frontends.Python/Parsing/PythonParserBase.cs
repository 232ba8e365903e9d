using Analyzer.Frontends.Antlr;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Python.Parsing;

/// <summary>
/// Base of the generated Python parser: guards every rule entry against runaway nesting, so a pathologically deep
/// expression yields the driver's "nesting is too deep" diagnostic instead of a stack overflow.
/// </summary>
public abstract class PythonParserBase : Parser
{
    /// <summary>Creates the parser over <paramref name="input"/>.</summary>
    protected PythonParserBase(ITokenStream input, TextWriter output, TextWriter errorOutput)
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
