using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Go.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go.Parsing;

/// <summary>
/// Base of the generated Go parser: guards every rule entry against runaway nesting, so a pathologically deep
/// expression or block yields the driver's "nesting is too deep" diagnostic instead of a stack overflow, and
/// answers the grammar's one semantic predicate, <see cref="CompositeLitAllowed"/>.
/// </summary>
public abstract class GoParserBase : Parser
{
    /// <summary>Creates the parser over <paramref name="input"/>.</summary>
    protected GoParserBase(ITokenStream input, TextWriter output, TextWriter errorOutput)
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

    /// <summary>
    /// Whether a '{' after the primary expression being parsed may open a composite literal (T{...}, pkg.T{...},
    /// T[int]{...}). The specification (section "Composite literals") resolves the ambiguity with a block: in the
    /// header of an if, for or switch statement such a literal must be inside parentheses, square brackets or
    /// braces, so there '{' opens the statement's body. The answer comes from the enclosing rules rather than from
    /// a counter, so it is right in both prediction passes and after error recovery.
    /// </summary>
    /// <returns>False when the innermost enclosing construct is a statement header; true otherwise.</returns>
    protected bool CompositeLitAllowed()
    {
        // The current context is the primary expression that the literal would extend; start above it.
        for (var ctx = Context?.Parent; ctx is not null; ctx = ctx.Parent)
        {
            switch (ctx.RuleIndex)
            {
                case GoParser.RULE_ifStmt:
                case GoParser.RULE_switchStmt:
                case GoParser.RULE_forStmt:
                    // Reached from the header: a body or a case clause would have stopped the walk below.
                    return false;
                case GoParser.RULE_block:
                case GoParser.RULE_literalValue:
                case GoParser.RULE_arguments:
                case GoParser.RULE_operand:         // ( ... ), and array lengths of literal types
                case GoParser.RULE_primaryExpr:     // an enclosing index, slice or type assertion: [ ... ] or ( ... )
                case GoParser.RULE_arrayType:
                case GoParser.RULE_exprCaseClause:
                case GoParser.RULE_typeCaseClause:
                case GoParser.RULE_commClause:
                case GoParser.RULE_statement:
                case GoParser.RULE_topLevelDecl:
                    return true;
            }
        }
        return true;
    }
}
