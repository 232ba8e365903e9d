using Analyzer.Core.Ir;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Java.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Java.Lowering;

/// <summary>Blocks and statements (JLS chapter 14).</summary>
internal sealed partial class JavaLowering
{
    private Block Block(JavaParser.BlockContext context) => InScope(() =>
    {
        var statements = new List<IrStatement>();
        foreach (var statement in context.blockStatement()) BlockStatement(statement, statements);
        return new Block(Span(context), statements);
    });

    private void BlockStatement(JavaParser.BlockStatementContext context, List<IrStatement> output)
    {
        AntlrParseDriver.GuardDepth();
        if (context.localVariableDeclaration() is { } local) output.AddRange(LocalVariables(local));
        else if (context.localClassDeclaration() is { } type && LocalType(type) is { } lowered) output.Add(lowered);
        else if (context.statement() is { } statement && Statement(statement) is { } one) output.Add(one);
    }

    private TypeDecl? LocalType(JavaParser.LocalClassDeclarationContext context)
    {
        var modifiers = Modifiers.Of(context.classOrInterfaceModifier());
        if (context.classDeclaration() is { } c) return ClassDeclaration(c, modifiers);
        if (context.enumDeclaration() is { } e) return EnumDeclaration(e, modifiers);
        if (context.recordDeclaration() is { } r) return RecordDeclaration(r, modifiers);
        return context.interfaceDeclaration() is { } i ? InterfaceDeclaration(i, modifiers) : null;
    }

    /// <summary>One declaring assignment per declared variable; a variable is in scope from its own declarator on.</summary>
    private List<IrStatement> LocalVariables(JavaParser.LocalVariableDeclarationContext context)
    {
        var type = context.typeType() is { } t ? TextOf(t) : null;
        var declarators = context.variableDeclarators()?.variableDeclarator() ?? [];
        var output = new List<IrStatement>();
        foreach (var declarator in declarators)
        {
            if (declarator.variableDeclaratorId() is not { } id || DeclaredName(id) is not { } name) continue;
            var values = declarator.variableInitializer() is { } value ? new List<IrExpression> { VariableInitializer(value) } : [];
            Declare(name);
            output.Add(new Assignment(declarators.Length == 1 ? Span(context) : Span(declarator), [new NameExpression(Span(id), name)], values, "=", true, type));
        }
        return output;
    }

    private IrExpression VariableInitializer(JavaParser.VariableInitializerContext context) =>
        context.arrayInitializer() is { } array ? ArrayInitializer(array)
        : context.expression() is { } e ? Expression(e) : Missing(context);

    private CollectionExpression ArrayInitializer(JavaParser.ArrayInitializerContext context) =>
        new(Span(context), CollectionKind.List, null, context.variableInitializer().Select(VariableInitializer).ToList());

    private IrStatement? Statement(JavaParser.StatementContext context)
    {
        AntlrParseDriver.GuardDepth();
        var span = Span(context);
        if (context.TRY() is not null) return Try(context, span);
        if (context.SYNCHRONIZED() is not null)
        {
            var monitor = Condition(context.parExpression());
            return new WithStatement(span, [new WithItem(monitor.Span, monitor, null)], context.block() is { } body ? Block(body) : new Block(span, []));
        }
        if (context.block() is { } block) return Block(block);
        if (context.IF() is not null)
        {
            var branches = context.statement();
            IrStatement? otherwise = branches.Length > 1 ? Statement(branches[1]) : null;
            if (otherwise is not null and not Core.Ir.Block and not IfStatement) otherwise = new Block(otherwise.Span, [otherwise]);
            return new IfStatement(span, null, Condition(context.parExpression()), Body(branches.FirstOrDefault(), span), otherwise);
        }
        if (context.FOR() is not null) return For(context, span);
        if (context.WHILE() is not null)
            // A do-while runs its body once before the first test; as a while loop its first run is taken as decided by
            // the condition too.
            return new LoopStatement(span, LoopKind.While, null, Condition(context.parExpression()), null, [], null, Body(context.statement().FirstOrDefault(), span), null);
        if (context.SWITCH() is not null)
            return new SwitchStatement(span, SwitchKind.Expression, null, Condition(context.parExpression()), SwitchCases(context.switchBlock()));
        if (context.RETURN() is not null)
            return new ReturnStatement(span, context.expression() is [var value, ..] ? [Expression(value)] : []);
        if (context.THROW() is not null)
            return new RaiseStatement(span, context.expression() is [var thrown, ..] ? Expression(thrown) : Missing(context), null);
        if (context.BREAK() is not null) return new JumpStatement(span, JumpKind.Break, context.identifier()?.GetText());
        if (context.CONTINUE() is not null) return new JumpStatement(span, JumpKind.Continue, context.identifier()?.GetText());
        if (context.ASSERT() is not null) return new OtherStatement(span, "assert", context.expression().Select(Expression).ToList<IrNode>());
        if (context.identifier() is { } label && context.COLON() is not null)
            return new LabeledStatement(span, label.GetText(), context.statement().FirstOrDefault() is { } labeled && Statement(labeled) is { } inner ? inner : new Block(span, []));
        if (context.IDENTIFIER() is not null && context.expression() is [var yielded, ..])
            return new OtherStatement(span, "yield", [Expression(yielded)]);
        return context.expression() is [var expression, ..] ? ExpressionStatement(expression, span) : null;
    }

    /// <summary>A statement that is an assignment, or an increment or decrement, is the IR's assignment.</summary>
    private IrStatement ExpressionStatement(JavaParser.ExpressionContext context, SourceSpan span)
    {
        if (context.expr() is { } e && e.assignmentOperator() is { } op && e.expr() is [var target, ..] && e.expression() is [var value, ..])
            return new Assignment(span, [Expr(target)], [Expression(value)], op.GetText(), false, null);
        if (context.expr() is { ChildCount: 2 } step && (step.INC() ?? step.DEC()) is { } increment && step.expr() is [var operand])
            return new Assignment(span, [Expr(operand)], [new LiteralExpression(Span(increment), LiteralKind.Integer, "1")], increment.Symbol.Type == JavaLexer.INC ? "+=" : "-=", false, null);
        return new ExpressionStatement(span, Expression(context));
    }

    private Block Body(JavaParser.StatementContext? context, SourceSpan near) => InScope(() =>
        context is null ? new Block(near, [])
        : Statement(context) switch
        {
            Core.Ir.Block block => block,
            { } one => new Block(one.Span, [one]),
            null => new Block(Span(context), []),
        });

    private IrExpression Condition(JavaParser.ParExpressionContext? context) =>
        context?.expression() is { } e ? Expression(e) : Missing(context);

    private LoopStatement For(JavaParser.StatementContext context, SourceSpan span) => InScope(() =>
    {
        var control = context.forControl();
        if (control?.expression() is { } iterable && control.variableDeclaratorId() is { } id)
        {
            var collection = Expression(iterable);
            var name = DeclaredName(id) ?? string.Empty;
            Declare(name);
            return new LoopStatement(span, LoopKind.Range, null, null, null, [new NameExpression(Span(id), name)], collection, Body(context.statement().FirstOrDefault(), span), null);
        }
        IrStatement? init = control?.forInit() is { } forInit
            ? forInit.localVariableDeclaration() is { } local ? Sequence(Span(forInit), LocalVariables(local))
            : Sequence(Span(forInit), forInit.expressionList()?.expression().Select(e => ExpressionStatement(e, Span(e))).ToList() ?? [])
            : null;
        var condition = control?.expression() is { } test ? Expression(test) : null;
        IrStatement? post = control?.expressionList() is { } update ? Sequence(Span(update), update.expression().Select(e => ExpressionStatement(e, Span(e))).ToList()) : null;
        return new LoopStatement(span, LoopKind.For, init, condition, post, [], null, Body(context.statement().FirstOrDefault(), span), null);
    });

    private static IrStatement Sequence(SourceSpan span, List<IrStatement> statements) =>
        statements.Count == 1 ? statements[0] : new Block(span, statements);

    /// <summary>A try statement; with resources, the resources are declared before it in a block of their own, and the
    /// try is the body of a scoped statement over the declared ones: each is closed when the try ends, which releases a
    /// lock a resource holds (<c>try (AutoLock l = lock.lock())</c>). The item's target is the resource's variable, which
    /// tells it from a synchronized block's monitor.</summary>
    private IrStatement Try(JavaParser.StatementContext context, SourceSpan span) => InScope<IrStatement>(() =>
    {
        var resources = new List<IrStatement>();
        var scoped = new List<WithItem>();
        foreach (var resource in context.resourceSpecification()?.resource() ?? [])
        {
            if (resource.variableDeclaratorId() is { } id && DeclaredName(id) is { } name && resource.expression() is { } value)
            {
                var lowered = Expression(value);
                Declare(name);
                resources.Add(new Assignment(Span(resource), [new NameExpression(Span(id), name)], [lowered], "=", true, resource.typeType() is { } type ? TextOf(type) : null));
                scoped.Add(new WithItem(Span(resource), new NameExpression(Span(id), name), new NameExpression(Span(id), name)));
            }
            else if (resource.expr() is { } existing)
                resources.Add(new ExpressionStatement(Span(resource), Expr(existing)));
        }
        var body = context.block() is { } b ? Block(b) : new Block(span, []);
        var handlers = context.catchClause().Select(Catch).ToList();
        var @finally = context.finallyBlock()?.block() is { } f ? Block(f) : null;
        var @try = new TryStatement(span, body, handlers, null, @finally);
        if (resources.Count == 0) return @try;
        return new Block(span, [.. resources, scoped.Count == 0 ? @try : new WithStatement(span, scoped, new Block(span, [@try]))]);
    });

    private ExceptHandler Catch(JavaParser.CatchClauseContext context) => InScope(() =>
    {
        var name = context.identifier()?.GetText();
        if (name is not null) Declare(name);
        var body = context.block() is { } b ? Block(b) : new Block(Span(context), []);
        return new ExceptHandler(Span(context), context.typeType().Select(TextOf).ToList(), null, name, body);
    });

    // ------------------------------------------------------------------------------------------------------------
    // Switch blocks

    /// <summary>The cases of a switch block, rules (<c>case … -&gt;</c>) or groups of labelled statements.</summary>
    private List<SwitchCase> SwitchCases(JavaParser.SwitchBlockContext? context)
    {
        var cases = new List<SwitchCase>();
        if (context is null) return cases;
        foreach (var rule in context.switchRule())
        {
            cases.Add(InScope(() =>
            {
                var labels = Labels([rule.switchLabel()]);
                var span = Span(rule);
                Block body = rule.block() is { } block ? Block(block)
                    : rule.expression() is { } value
                        ? new Block(Span(value), [rule.THROW() is not null ? new RaiseStatement(span, Expression(value), null) : ExpressionStatement(value, Span(value))])
                        : new Block(span, []);
                return new SwitchCase(span, labels, IsDefault([rule.switchLabel()]), body);
            }));
        }
        foreach (var group in context.switchBlockStatementGroup())
        {
            cases.Add(InScope(() =>
            {
                var labels = Labels(group.switchLabel());
                var statements = new List<IrStatement>();
                foreach (var statement in group.blockStatement()) BlockStatement(statement, statements);
                var body = new Block(statements.Count > 0 ? statements[0].Span.Union(statements[^1].Span) : Span(group), statements);
                return new SwitchCase(Span(group), labels, IsDefault(group.switchLabel()), body);
            }));
        }
        var trailing = context.switchLabel();
        if (trailing.Length > 0)
            cases.Add(new SwitchCase(Span(trailing[0]), Labels(trailing), IsDefault(trailing), new Block(Span(trailing[^1]), [])));
        return cases;
    }

    private static bool IsDefault(IEnumerable<JavaParser.SwitchLabelContext?> labels) => labels.Any(l => l?.DEFAULT() is not null);

    /// <summary>What the labels test: constants and expressions, <c>null</c>, patterns (whose variables are declared
    /// for the case's body) and guards.</summary>
    private List<IrNode> Labels(IEnumerable<JavaParser.SwitchLabelContext?> labels)
    {
        var lowered = new List<IrNode>();
        foreach (var label in labels.OfType<JavaParser.SwitchLabelContext>())
        {
            if (label.NULL() is { } nil) lowered.Add(new LiteralExpression(Span(nil), LiteralKind.Null, "null"));
            foreach (var constant in label.caseConstant())
                lowered.Add(constant.pattern() is { } pattern ? Pattern(pattern) : constant.expr() is { } e ? Expr(e) : Missing(constant));
            if (label.guard()?.expression() is { } guard) lowered.Add(Expression(guard));
        }
        return lowered;
    }

    /// <summary>A type or record pattern: it tests the value and declares its variables.</summary>
    private OtherExpression Pattern(JavaParser.PatternContext context)
    {
        AntlrParseDriver.GuardDepth();
        if (context.identifier() is { } name) Declare(name.GetText());
        return new OtherExpression(Span(context), "pattern", context.pattern().Select(p => (IrNode)Pattern(p)).ToList());
    }
}
