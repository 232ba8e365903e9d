using Analyzer.Core.Ir;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Go.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go.Lowering;

/// <summary>Statements: blocks, simple statements, control flow, go and defer.</summary>
internal sealed partial class GoLowering
{
    private Block Block(GoParser.BlockContext context) => new(Span(context), StatementList(context.statementList()));

    private Block BodyBlock(GoParser.BodyBlockContext context) => new(Span(context), StatementList(context.statementList()));

    private List<IrStatement> StatementList(GoParser.StatementListContext? list)
    {
        var children = list?.children;
        var statements = new List<IrStatement>(children is null ? 0 : (children.Count + 1) / 2);
        if (children is null) return statements;
        for (var i = 0; i < children.Count; i++) // for, not foreach: an IList's enumerator is boxed
            if (children[i] is GoParser.StatementContext statement)
                Statement(statement, statements);
        return statements;
    }

    /// <summary>The body of a case clause: the statements after the colon (an empty body is the empty span after it).</summary>
    private Block CaseBody(GoParser.StatementListContext? list, IToken colon)
    {
        var statements = StatementList(list);
        var span = statements.Count == 0 ? After(colon) : statements[0].Span.Union(statements[^1].Span);
        return new Block(span, statements);
    }

    /// <summary>Lowers one statement into <paramref name="output"/>: empty statements add nothing, a grouped
    /// declaration adds one assignment per spec.</summary>
    private void Statement(GoParser.StatementContext context, List<IrStatement> output)
    {
        AntlrParseDriver.GuardDepth();
        if (context.declaration() is { } declaration)
        {
            Declaration(declaration, output, local: true);
            return;
        }
        if (SingleStatement(context) is { } statement) output.Add(statement);
    }

    /// <summary>A statement that is not a declaration, or null for nothing usable.</summary>
    private IrStatement? SingleStatement(GoParser.StatementContext context)
    {
        var child = context.ChildCount > 0 ? context.GetChild(0) : null;
        return child switch
        {
            GoParser.SimpleStmtContext simple => SimpleStatement(simple),
            GoParser.BlockContext block => Block(block),
            GoParser.IfStmtContext ifStatement => IfStatement(ifStatement),
            GoParser.ForStmtContext forStatement => ForStatement(forStatement),
            GoParser.ExprSwitchStmtContext switchStatement => ExpressionSwitch(switchStatement),
            GoParser.TypeSwitchStmtContext typeSwitch => TypeSwitch(typeSwitch),
            GoParser.SelectStmtContext select => SelectStatement(select),
            GoParser.ReturnStmtContext returnStatement => new ReturnStatement(Span(returnStatement), Expressions(returnStatement.expressionList())),
            GoParser.DeferStmtContext defer => new DeferStatement(Span(defer), Expression(defer.expression())),
            GoParser.GoStmtContext go => new SpawnStatement(Span(go), Expression(go.expression())),
            GoParser.BreakStmtContext jump => new JumpStatement(Span(jump), JumpKind.Break, jump.label?.Text),
            GoParser.ContinueStmtContext jump => new JumpStatement(Span(jump), JumpKind.Continue, jump.label?.Text),
            GoParser.GotoStmtContext jump => new JumpStatement(Span(jump), JumpKind.Goto, jump.label?.Text),
            GoParser.FallthroughStmtContext jump => new JumpStatement(Span(jump), JumpKind.Fallthrough, null),
            GoParser.LabeledStmtContext labeled => LabeledStatement(labeled),
            GoParser.DeclarationContext declaration => DeclarationStatement(declaration),
            _ => null,
        };
    }

    /// <summary>A declaration where one statement is expected (the statement of a label).</summary>
    private IrStatement DeclarationStatement(GoParser.DeclarationContext declaration)
    {
        var statements = new List<IrStatement>();
        Declaration(declaration, statements, local: true);
        return statements.Count == 1 ? statements[0] : new OtherStatement(Span(declaration), "declarations", statements);
    }

    private IrStatement LabeledStatement(GoParser.LabeledStmtContext context)
    {
        var inner = context.statement() is { } statement ? SingleStatement(statement) : null;
        inner ??= new Block(context.COLON() is { } colon && IsPresent(colon) ? After(colon.Symbol) : Span(context), []);
        return new LabeledStatement(Span(context), context.label?.Text ?? string.Empty, inner);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Simple statements

    private IrStatement SimpleStatement(GoParser.SimpleStmtContext context)
    {
        var span = Span(context);
        var targets = Expressions(context.lhs);
        if (context.incDec is { } incDec)
        {
            var one = new LiteralExpression(Span(incDec), LiteralKind.Integer, "1");
            return new Assignment(span, targets, [one], incDec.Type == GoLexer.PLUS_PLUS ? "+=" : "-=", false, null);
        }
        if (context.ARROW() is not null)
            return new ExpressionStatement(span, new BinaryExpression(span, "<-", Single(targets, context), Expression(context.sent)));
        if (context.assignOp() is { } op)
            return new Assignment(span, targets, Expressions(context.rhs), op.Start is { } token ? Operator(token) : op.GetText(), false, null);
        if (context.DECLARE_ASSIGN() is not null)
            return new Assignment(span, targets, Expressions(context.rhs), ":=", true, null);
        return targets.Count == 1
            ? new ExpressionStatement(span, targets[0])
            : new OtherStatement(span, "expression list", targets);
    }

    private IrExpression Single(List<IrExpression> expressions, GoParser.SimpleStmtContext context) =>
        expressions.Count == 1 ? expressions[0] : new OtherExpression(Span(context.lhs ?? (ParserRuleContext)context), "expression list", expressions);

    private IrStatement? OptionalSimpleStatement(GoParser.SimpleStmtContext? context) =>
        context is null ? null : SimpleStatement(context);

    // ------------------------------------------------------------------------------------------------------------
    // If, for, switch, select

    private IfStatement IfStatement(GoParser.IfStmtContext context)
    {
        AntlrParseDriver.GuardDepth();
        var init = OptionalSimpleStatement(context.init);
        var condition = context.condition is { } c ? Expression(c) : Missing(context);
        var then = context.body is { } body ? BodyBlock(body) : new Block(Span(context), []);
        IrStatement? @else = context.elseIf is { } elseIf ? IfStatement(elseIf)
            : context.elseBlock is { } elseBlock ? Block(elseBlock)
            : null;
        return new IfStatement(Span(context), init, condition, then, @else);
    }

    private LoopStatement ForStatement(GoParser.ForStmtContext context)
    {
        var span = Span(context);
        var body = context.body is { } b ? BodyBlock(b) : new Block(span, []);
        if (context.forClause() is { } clause)
            return new LoopStatement(span, LoopKind.For, OptionalSimpleStatement(clause.init),
                clause.condition is { } condition ? Expression(condition) : null,
                OptionalSimpleStatement(clause.post), [], null, body, null);
        if (context.rangeClause() is { } range)
        {
            var targets = range.expressionList() is { } list ? Expressions(list) : Names(range.identifierList());
            return new LoopStatement(span, LoopKind.Range, null, null, null, targets,
                range.expression() is { } iterable ? Expression(iterable) : Missing(range), body, null);
        }
        return new LoopStatement(span, LoopKind.For, null,
            context.condition is { } whileCondition ? Expression(whileCondition) : null, null, [], null, body, null);
    }

    private SwitchStatement ExpressionSwitch(GoParser.ExprSwitchStmtContext context)
    {
        var cases = new List<SwitchCase>();
        foreach (var clause in context.exprCaseClause())
        {
            var label = clause.exprSwitchCase();
            var isDefault = label?.DEFAULT() is not null;
            var labels = new List<IrNode>();
            if (label?.expressionList() is { } list) labels.AddRange(Expressions(list));
            cases.Add(new SwitchCase(Span(clause), labels, isDefault, CaseBody(clause.statementList(), clause.COLON()?.Symbol ?? clause.Start)));
        }
        return new SwitchStatement(Span(context), SwitchKind.Expression, OptionalSimpleStatement(context.init),
            context.tag is { } tag ? Expression(tag) : null, cases);
    }

    private SwitchStatement TypeSwitch(GoParser.TypeSwitchStmtContext context)
    {
        IrNode? subject = null;
        if (context.typeSwitchGuard() is { } guard)
        {
            var operand = guard.expression() is { } e ? Expression(e) : Missing(guard);
            var assertionStart = guard.expression()?.Start ?? guard.Start;
            var assertionSpan = Span(assertionStart).Union(Span(guard.Stop ?? assertionStart));
            var assertion = new OtherExpression(assertionSpan, TypeAssertion, [operand]);
            subject = guard.binding is { } binding
                ? new Assignment(Span(guard), [Name(binding)], [assertion], ":=", true, null)
                : assertion;
        }
        var cases = new List<SwitchCase>();
        foreach (var clause in context.typeCaseClause())
        {
            var label = clause.typeSwitchCase();
            var labels = new List<IrNode>();
            foreach (var type in label?.typeList()?.type() ?? []) labels.Add(TypeExpression(type));
            cases.Add(new SwitchCase(Span(clause), labels, label?.DEFAULT() is not null,
                CaseBody(clause.statementList(), clause.COLON()?.Symbol ?? clause.Start)));
        }
        return new SwitchStatement(Span(context), SwitchKind.Type, OptionalSimpleStatement(context.init), subject, cases);
    }

    private SwitchStatement SelectStatement(GoParser.SelectStmtContext context)
    {
        var cases = new List<SwitchCase>();
        foreach (var clause in context.commClause())
        {
            var commCase = clause.commCase();
            var labels = new List<IrNode>();
            if (commCase?.sendStmt() is { } send)
            {
                var span = Span(send);
                labels.Add(new ExpressionStatement(span, new BinaryExpression(span, "<-",
                    send.channel is { } channel ? Expression(channel) : Missing(send),
                    send.value is { } value ? Expression(value) : Missing(send))));
            }
            else if (commCase?.recvStmt() is { } receive)
            {
                labels.Add(ReceiveStatement(receive));
            }
            cases.Add(new SwitchCase(Span(clause), labels, commCase?.DEFAULT() is not null,
                CaseBody(clause.statementList(), clause.COLON()?.Symbol ?? clause.Start)));
        }
        return new SwitchStatement(Span(context), SwitchKind.Select, null, null, cases);
    }

    private IrStatement ReceiveStatement(GoParser.RecvStmtContext receive)
    {
        var span = Span(receive);
        var value = receive.recvExpr is { } e ? Expression(e) : Missing(receive);
        if (receive.expressionList() is { } targets)
            return new Assignment(span, Expressions(targets), [value], "=", false, null);
        if (receive.identifierList() is { } names)
            return new Assignment(span, Names(names), [value], ":=", true, null);
        return new ExpressionStatement(span, value);
    }
}
