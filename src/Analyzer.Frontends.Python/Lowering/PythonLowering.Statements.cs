using System.Text;
using Analyzer.Core.Ir;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Python.Generated;
using Antlr4.Runtime.Tree;

namespace Analyzer.Frontends.Python.Lowering;

internal sealed partial class PythonLowering
{
    // ------------------------------------------------------------------------------------------------------------
    // Statement structure

    private void Statement(PythonParser.StatementContext context, List<IrStatement> into)
    {
        AntlrParseDriver.GuardDepth();
        if (context.compound_stmt() is { } compound) into.Add(CompoundStatement(compound));
        else if (context.simple_stmts() is { } simple) SimpleStatements(simple, into);
    }

    private void SimpleStatements(PythonParser.Simple_stmtsContext context, List<IrStatement> into)
    {
        foreach (var simple in context.simple_stmt()) SimpleStatement(simple, into);
    }

    private Block Block(PythonParser.BlockContext? context)
    {
        AntlrParseDriver.GuardDepth();
        if (context is null) return new Block(_text.Span(0, 0), []);
        var statements = new List<IrStatement>();
        if (context.simple_stmts() is { } simple) SimpleStatements(simple, statements);
        else
            foreach (var statement in context.statement())
                Statement(statement, statements);
        return new Block(Span(context), statements);
    }

    private IrStatement CompoundStatement(PythonParser.Compound_stmtContext context)
    {
        if (context.function_def() is { } function) return FunctionDefinition(function, []);
        if (context.class_def() is { } @class) return ClassDefinition(@class, []);
        if (context.decorated() is { } decorated) return Decorated(decorated);
        if (context.if_stmt() is { } @if) return IfStatement(@if);
        if (context.with_stmt() is { } with) return WithStatement(with);
        if (context.for_stmt() is { } @for) return ForStatement(@for);
        if (context.try_stmt() is { } @try) return TryStatement(@try);
        if (context.while_stmt() is { } @while) return WhileStatement(@while);
        if (context.match_stmt() is { } match) return MatchStatement(match);
        return new OtherStatement(Span(context), "statement", []);
    }

    private void SimpleStatement(PythonParser.Simple_stmtContext context, List<IrStatement> into)
    {
        AntlrParseDriver.GuardDepth();
        var span = Span(context);
        switch (context)
        {
            case { } when context.expression_stmt() is { } e:
                into.Add(ExpressionStatement(e));
                break;
            case { } when context.import_stmt() is { } i:
                ImportStatement(i, into);
                break;
            case { } when context.return_stmt() is { } r:
                into.Add(new ReturnStatement(span, r.star_expressions() is { } values ? ExpressionList(values) : []));
                break;
            case { } when context.raise_stmt() is { } r:
                into.Add(RaiseStatement(r));
                break;
            case { } when context.pass_stmt() is not null:
                into.Add(new JumpStatement(span, JumpKind.Pass, null));
                break;
            case { } when context.break_stmt() is not null:
                into.Add(new JumpStatement(span, JumpKind.Break, null));
                break;
            case { } when context.continue_stmt() is not null:
                into.Add(new JumpStatement(span, JumpKind.Continue, null));
                break;
            case { } when context.del_stmt() is { } d:
                into.Add(DeleteStatement(d));
                break;
            case { } when context.yield_stmt() is { } y:
                into.Add(new ExpressionStatement(span, Yield(y.yield_expr())));
                break;
            case { } when context.assert_stmt() is { } a:
                into.Add(AssertStatement(a));
                break;
            case { } when context.global_stmt() is { } g:
                into.Add(new OtherStatement(span, "global", g.name().Select(Name).ToList<IrNode>()));
                break;
            case { } when context.nonlocal_stmt() is { } n:
                into.Add(new OtherStatement(span, "nonlocal", n.name().Select(Name).ToList<IrNode>()));
                break;
            case { } when context.type_alias() is { } t:
                into.Add(TypeAlias(t));
                break;
            default:
                into.Add(new OtherStatement(span, "statement", []));
                break;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // 7.1 / 7.2 Expression statements and assignments

    private IrStatement ExpressionStatement(PythonParser.Expression_stmtContext context)
    {
        var span = Span(context);
        var first = context.star_expressions();
        switch (context.assignment())
        {
            case PythonParser.PlainAssignmentContext plain:
            {
                var sides = new List<PythonParser.Annotated_rhsContext>(plain.annotated_rhs());
                var targets = new List<IrExpression>();
                var targetGroups = new List<List<IrExpression>>();
                targetGroups.Add(TargetList(first));
                for (var i = 0; i < sides.Count - 1; i++)
                    targetGroups.Add(sides[i].star_expressions() is { } t ? TargetList(t) : [RightHandSide(sides[i])]);
                foreach (var group in targetGroups) targets.AddRange(group);
                foreach (var target in targets) CheckTarget(target, "assign to");
                var last = sides.Count > 0 ? sides[^1] : null;
                // a, b = 1, 2 pairs each target with its value; x, y = f() and x = 1, 2 keep one value.
                var values = last is null ? [Missing(context)]
                    : last.star_expressions() is { } v && targetGroups.Count == 1 && targets.Count > 1 && IsCommaList(v)
                      && v.star_expression().Length == targets.Count && v.star_expression().All(e => e.STAR() is null)
                        ? ExpressionList(v)
                        : new List<IrExpression> { RightHandSide(last) };
                return new Assignment(span, targets, values, "=", false, null);
            }
            case PythonParser.AnnotatedAssignmentContext annotated:
            {
                var target = StarExpressions(first);
                if (IsCommaList(first) || target is not (NameExpression or MemberAccess or IndexExpression))
                    Error(target.Span, "only a single name, attribute or subscript can be annotated");
                var typeText = annotated.annotation is { } annotation ? _text.Slice(Span(annotation)) : null;
                var values = annotated.annotated_rhs() is { } rhs ? new List<IrExpression> { RightHandSide(rhs) } : [];
                return new Assignment(span, [target], values, "=", false, typeText);
            }
            case PythonParser.AugmentedAssignmentContext augmented:
            {
                var target = StarExpressions(first);
                if (IsCommaList(first) || target is not (NameExpression or MemberAccess or IndexExpression))
                    Error(target.Span, "an augmented assignment needs a single name, attribute or subscript target");
                var value = augmented.annotated_rhs() is { } rhs ? RightHandSide(rhs) : Missing(context);
                return new Assignment(span, [target], [value], augmented.augassign()?.GetText() ?? "+=", false, null);
            }
            default:
                return new ExpressionStatement(span, first is null ? Missing(context) : StarExpressions(first));
        }
    }

    private IrExpression RightHandSide(PythonParser.Annotated_rhsContext context) =>
        context.yield_expr() is { } y ? Yield(y)
        : context.star_expressions() is { } e ? StarExpressions(e)
        : Missing(context);

    private static bool IsCommaList(PythonParser.Star_expressionsContext? context) =>
        context is not null && context.COMMA().Length > 0;

    /// <summary>The targets of an assignment: a comma list (or a parenthesised or bracketed one) flattened.</summary>
    private List<IrExpression> TargetList(PythonParser.Star_expressionsContext? context)
    {
        if (context is null) return [];
        var result = new List<IrExpression>();
        foreach (var item in context.star_expression()) Flatten(StarExpression(item), result);
        return result;
    }

    private static void Flatten(IrExpression target, List<IrExpression> into)
    {
        if (target is CollectionExpression { CollectionKind: CollectionKind.Tuple or CollectionKind.List } collection)
            foreach (var element in collection.Elements) Flatten(element, into);
        else
            into.Add(target);
    }

    /// <summary>Reports a target the reference does not allow (a call, a literal, an operator).</summary>
    private void CheckTarget(IrExpression target, string verb)
    {
        switch (target)
        {
            case NameExpression or MemberAccess or IndexExpression:
                return;
            case UnaryExpression { Operator: "*", Operand: var operand }:
                CheckTarget(operand, verb);
                return;
            case CollectionExpression { CollectionKind: CollectionKind.Tuple or CollectionKind.List } collection:
                foreach (var element in collection.Elements) CheckTarget(element, verb);
                return;
            default:
                Error(target.Span, $"cannot {verb} {Describe(target)}; only names, attributes, subscripts and tuples or lists of them can be targets");
                return;
        }
    }

    private static string Describe(IrExpression expression) => expression switch
    {
        CallExpression => "a function call",
        LiteralExpression or InterpolatedString => "a literal",
        ComprehensionExpression => "a comprehension",
        FunctionLiteral => "a lambda",
        ConditionalExpression => "a conditional expression",
        OtherExpression { Description: var d } => "a " + d,
        CollectionExpression => "a display",
        _ => "an expression",
    };

    private DeleteStatement DeleteStatement(PythonParser.Del_stmtContext context)
    {
        var targets = new List<IrExpression>();
        if (context.star_targets() is { } list)
            foreach (var target in StarTargets(list))
            {
                if (target is UnaryExpression { Operator: "*" }) Error(target.Span, "cannot delete a starred expression");
                else CheckTarget(target, "delete");
                targets.Add(target);
            }
        return new DeleteStatement(Span(context), targets);
    }

    private RaiseStatement RaiseStatement(PythonParser.Raise_stmtContext context)
    {
        var expressions = context.expression();
        var exception = expressions.Length > 0 ? Expression(expressions[0]) : null;
        var cause = context.cause is { } c ? Expression(c) : null;
        return new RaiseStatement(Span(context), exception, cause);
    }

    private OtherStatement AssertStatement(PythonParser.Assert_stmtContext context)
    {
        var items = new List<IrNode>();
        if (context.test is { } test) items.Add(Expression(test));
        if (context.message is { } message) items.Add(Expression(message));
        return new OtherStatement(Span(context), "assert", items);
    }

    private OtherStatement TypeAlias(PythonParser.Type_aliasContext context)
    {
        var items = new List<IrNode>();
        if (context.name() is { } name) items.Add(Name(name));
        if (context.type_params() is { } typeParams) items.AddRange(TypeParameters(typeParams));
        if (context.expression() is { } value) items.Add(Expression(value));
        return new OtherStatement(Span(context), "type alias", items);
    }

    // ------------------------------------------------------------------------------------------------------------
    // 7.11 Imports: they stay in the body at their position (Module.Imports stays empty, so each node has one parent).

    private void ImportStatement(PythonParser.Import_stmtContext context, List<IrStatement> into)
    {
        if (context.import_name() is { } import)
        {
            var names = import.dotted_as_names()?.dotted_as_name() ?? [];
            foreach (var item in names)
            {
                var span = names.Length == 1 ? Span(context) : Span(item);
                into.Add(new ImportDecl(span, item.dotted_name()?.GetText() ?? string.Empty, item.alias?.GetText(), []));
            }
            return;
        }
        if (context.import_from() is not { } from) return;
        var path = new StringBuilder();
        foreach (var child in from.children ?? [])
        {
            if (child is ITerminalNode { Symbol.Type: PythonLexer.DOT or PythonLexer.ELLIPSIS } dot) path.Append(dot.GetText());
            else if (child is PythonParser.Dotted_nameContext dotted) path.Append(dotted.GetText());
        }
        var targets = from.import_from_targets();
        var imported = targets?.import_from_as_names()?.import_from_as_name() ?? [];
        var importedNames = targets?.STAR() is not null ? ["*"] : imported.Select(n => n.name(0)?.GetText() ?? string.Empty).ToList();
        var alias = imported.Length == 1 ? imported[0].alias?.GetText() : null;
        into.Add(new ImportDecl(Span(context), path.ToString(), alias, importedNames));
    }

    // ------------------------------------------------------------------------------------------------------------
    // 8.1 - 8.5 Compound statements

    private IrStatement IfStatement(PythonParser.If_stmtContext context)
    {
        var condition = Condition(context.named_expression(), context);
        if (_frames.Count == 0 && context.elif_clause().Length == 0 && context.else_block() is null
            && condition is BinaryExpression { Operator: "==" } test && RunsAsScript(test))
            return ScriptEntry(context);
        // The else-if chain nests from its end: each elif is an IfStatement in the Else of the one before.
        IrStatement? @else = context.else_block() is { } elseBlock ? Block(elseBlock.block()) : null;
        var elifs = context.elif_clause();
        var end = Span(context);
        for (var i = elifs.Length - 1; i >= 0; i--)
        {
            var elif = elifs[i];
            var span = _text.Span(Span(elif).StartOffset, end.EndOffset);
            @else = new IfStatement(span, null, Condition(elif.named_expression(), elif), Block(elif.block()), @else);
        }
        return new IfStatement(end, null, condition, Block(context.block()), @else);
    }

    /// <summary><c>__name__ == "__main__"</c>, either way round: the module runs as a script.</summary>
    private static bool RunsAsScript(BinaryExpression test) =>
        (test.Left, test.Right) is (NameExpression { Name: "__name__" }, LiteralExpression { LiteralKind: LiteralKind.String, Value: "__main__" })
            or (LiteralExpression { LiteralKind: LiteralKind.String, Value: "__main__" }, NameExpression { Name: "__name__" });

    /// <summary>The body of <c>if __name__ == "__main__":</c> at module level as a function of its own, named
    /// <c>__main__</c>: the code that runs when the module runs as a script, which may start threads of the module's
    /// functions and make its objects, as any function's body may.</summary>
    private FunctionDecl ScriptEntry(PythonParser.If_stmtContext context)
    {
        _frames.Push(null);
        var body = Block(context.block());
        _frames.Pop();
        return new FunctionDecl(Span(context), "__main__", null, null, [], body, []);
    }

    private IrExpression Condition(PythonParser.Named_expressionContext? condition, Antlr4.Runtime.ParserRuleContext owner) =>
        condition is null ? Missing(owner) : NamedExpression(condition);

    private LoopStatement WhileStatement(PythonParser.While_stmtContext context) =>
        new(Span(context), LoopKind.While, null, Condition(context.named_expression(), context), null, [], null,
            Block(context.block()), context.else_block() is { } e ? Block(e.block()) : null);

    private LoopStatement ForStatement(PythonParser.For_stmtContext context)
    {
        var targets = context.star_targets() is { } t ? StarTargets(t) : [];
        foreach (var target in targets) CheckTarget(target, "assign to");
        var iterable = context.star_expressions() is { } i ? StarExpressions(i) : Missing(context);
        return new LoopStatement(Span(context), LoopKind.Range, null, null, null, targets, iterable,
            Block(context.block()), context.else_block() is { } e ? Block(e.block()) : null);
    }

    private WithStatement WithStatement(PythonParser.With_stmtContext context)
    {
        var items = new List<WithItem>();
        foreach (var item in context.with_item())
        {
            var manager = item.expression() is { } e ? Expression(e) : Missing(item);
            IrExpression? target = null;
            if (item.star_target() is { } t)
            {
                target = StarTarget(t);
                CheckTarget(target, "assign to");
            }
            items.Add(new WithItem(Span(item), manager, target));
        }
        return new WithStatement(Span(context), items, Block(context.block()));
    }

    private TryStatement TryStatement(PythonParser.Try_stmtContext context)
    {
        var handlers = new List<ExceptHandler>();
        foreach (var except in context.except_block())
        {
            var (type, name, block) = except switch
            {
                PythonParser.ExceptClauseContext c => (c.expression(), c.name(), c.block()),
                PythonParser.ExceptStarClauseContext s => (s.expression(), s.name(), s.block()),
                _ => (null, null, null),
            };
            var typeExpression = type is null ? null : Expression(type);
            handlers.Add(new ExceptHandler(Span(except), TypeNames(typeExpression), typeExpression, name?.GetText(), Block(block)));
        }
        var @else = context.else_block() is { } e ? Block(e.block()) : null;
        var @finally = context.finally_block() is { } f ? Block(f.block()) : null;
        return new TryStatement(Span(context), Block(context.block()), handlers, @else, @finally);
    }

    /// <summary>The exception type names an except clause catches, as written: one, each of a tuple, none for a bare except.</summary>
    private List<string> TypeNames(IrExpression? type) => type switch
    {
        null => [],
        CollectionExpression { CollectionKind: CollectionKind.Tuple, Elements: var elements } => elements.Select(TextOf).ToList(),
        _ => [TextOf(type)],
    };

    private string TextOf(IrNode node) => _text.Slice(node.Span);
}
