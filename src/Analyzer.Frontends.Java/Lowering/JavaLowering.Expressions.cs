using Analyzer.Core.Ir;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Java.Facts;
using Analyzer.Frontends.Java.Generated;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace Analyzer.Frontends.Java.Lowering;

/// <summary>Expressions (JLS chapter 15). Casts lower to their operand; a method reference (<c>this::run</c>,
/// <c>Cache::get</c>) to the method value it names, as Go's <c>w.Run</c> and Python's <c>self.run</c> are; an assignment
/// used as a value, a constructor or <c>super</c> reference, an array creation's dimensions and a switch expression are
/// opaque expressions over their parts.</summary>
internal sealed partial class JavaLowering
{
    private IrExpression Expression(JavaParser.ExpressionContext context)
    {
        AntlrParseDriver.GuardDepth();
        if (context.lambdaExpression() is { } lambda) return Lambda(lambda);
        return context.expr() is { } e ? Expr(e) : Missing(context);
    }

    private static IrExpression MethodReference(Core.Text.SourceSpan span, IrExpression target, JavaParser.IdentifierContext? method) =>
        method is not null ? new MemberAccess(span, target, TextOf(method)) : new OtherExpression(span, "constructor reference", [target]);

    private IrExpression Expr(JavaParser.ExprContext context)
    {
        AntlrParseDriver.GuardDepth();
        if (context.primary() is { } primary) return Primary(primary);
        var span = Span(context);
        var operands = context.expr();
        if (context.GetChild(0) is ITerminalNode first)
        {
            // A cast names a type; what matters is the value cast.
            if (first.Symbol.Type == JavaLexer.LPAREN)
                return context.lambdaExpression() is { } lambda ? Lambda(lambda) : operands.Length > 0 ? Expr(operands[0]) : Missing(context);
            return new UnaryExpression(span, first.GetText(), operands.Length > 0 ? Expr(operands[0]) : Missing(context));
        }
        if (operands.Length == 0) return Missing(context);
        var left = operands[0];
        if (context.GetChild(1) is not ITerminalNode second) return Missing(context);
        switch (second.Symbol.Type)
        {
            case JavaLexer.DOT:
                return Selection(context, Expr(left));
            case JavaLexer.LBRACK:
                return new IndexExpression(span, Expr(left), context.expression().Select(Expression).ToList());
            case JavaLexer.COLONCOLON:
                return MethodReference(span, Expr(left), context.identifier());
            case JavaLexer.INC or JavaLexer.DEC when context.ChildCount == 2:
                return new UnaryExpression(span, second.GetText(), Expr(left));
            case JavaLexer.QUESTION:
                var branches = context.expression();
                return new ConditionalExpression(span, Expr(left), branches.Length > 0 ? Expression(branches[0]) : Missing(context),
                    branches.Length > 1 ? Expression(branches[1]) : Missing(context));
            case JavaLexer.INSTANCEOF:
                var tested = Expr(left);
                return context.pattern() is { } pattern ? new OtherExpression(span, "instanceof", [tested, Pattern(pattern)])
                    : new OtherExpression(span, "instanceof", [tested]);
        }
        if (context.assignmentOperator() is { } assignment)
            return new OtherExpression(span, "assignment " + assignment.GetText(), [Expr(left), context.expression() is [var value, ..] ? Expression(value) : Missing(context)]);
        // A binary operator: the tokens between the operands (">>" and ">>>" are adjacent ">" tokens).
        var right = operands.Length > 1 ? Expr(operands[1]) : Missing(context);
        var op = string.Concat(Enumerable.Range(1, context.ChildCount - 2).Select(i => context.GetChild(i)).OfType<ITerminalNode>().Select(t => t.GetText()));
        return new BinaryExpression(span, op, Expr(left), right);
    }

    /// <summary>What follows <c>expr .</c>: a field, a method call, a qualified <c>this</c>, an inner class creation or a
    /// <c>super</c> member.</summary>
    private IrExpression Selection(JavaParser.ExprContext context, IrExpression target)
    {
        var span = Span(context);
        if (context.THIS() is not null) return new NameExpression(span, Receiver);
        if (context.NEW() is not null)
            return context.innerCreator() is { } inner ? Creation(inner, inner.identifier(), inner.classCreatorRest()) : Missing(context);
        if (context.SUPER() is not null) return new OtherExpression(span, "super member", [target]);
        if (context.identifier() is not { } member) return Missing(context);
        var access = new MemberAccess(span, target, member.GetText());
        return context.arguments() is { } arguments ? new CallExpression(span, access, Arguments(arguments)) : access;
    }

    private IrExpression Primary(JavaParser.PrimaryContext context)
    {
        AntlrParseDriver.GuardDepth();
        var span = Span(context);
        if (context.expression() is { } parenthesized) return Expression(parenthesized);
        if (context.literal() is { } literal) return Literal(literal);
        if (context.NEW() is not null) return context.creator() is { } creator ? Creator(creator) : Missing(context);
        if (context.SWITCH() is not null)
            return new OtherExpression(span, "switch", [Condition(context.parExpression()), .. SwitchCases(context.switchBlock())]);
        if (context.CLASS() is not null)
            return new MemberAccess(span, new NameExpression(Span(context.typeTypeOrVoid()), TextOf(context.typeTypeOrVoid())), "class");
        if (context.COLONCOLON() is not null)
            return context.typeType() is { } type
                ? MethodReference(span, new NameExpression(Span(type), TextOf(type)), context.identifier())
                : new OtherExpression(span, "method reference", []);
        if (context.THIS() is { } self)
        {
            // this(…) calls another constructor of the class; a bare this is the receiver.
            var receiver = new NameExpression(Span(self), Receiver);
            return context.arguments() is { } arguments ? new CallExpression(span, receiver, Arguments(arguments)) : receiver;
        }
        if (context.SUPER() is not null)
            return new OtherExpression(span, "super", context.arguments() is { } superArguments ? Arguments(superArguments).ToList<IrNode>() : []);
        if (context.identifier() is not { } identifier) return Missing(context);
        var name = identifier.GetText();
        if (context.arguments() is { } callArguments)
        {
            IrExpression callee = !IsLocal(name) && IsMemberOfEnclosingClass(name, method: true)
                ? new MemberAccess(Span(identifier), new NameExpression(Span(identifier), Receiver), name)
                : new NameExpression(Span(identifier), name);
            return new CallExpression(span, callee, Arguments(callArguments));
        }
        return !IsLocal(name) && IsMemberOfEnclosingClass(name, method: false)
            ? new MemberAccess(span, new NameExpression(span, Receiver), name)
            : new NameExpression(span, name);
    }

    private IReadOnlyList<Argument> Arguments(JavaParser.ArgumentsContext? context) =>
        context?.expressionList()?.expression().Select(e => new Argument(Span(e), null, Expression(e), 0)).ToList() ?? [];

    /// <summary><c>new T(…)</c> calls the class, as Python does; an anonymous class body is a type of its own beside
    /// the call. An array creation is a collection of its initializer's elements or an opaque expression over its
    /// dimensions.</summary>
    private IrExpression Creator(JavaParser.CreatorContext context)
    {
        var type = context.classType();
        if (context.classCreatorRest() is { } rest && type is not null) return Creation(context, type, rest);
        var array = context.arrayCreatorRest();
        if (array?.arrayInitializer() is { } initializer)
            return new CollectionExpression(Span(context), CollectionKind.List, type is not null ? TextOf(type) : context.primitiveType()?.GetText(), ArrayInitializer(initializer).Elements);
        return new OtherExpression(Span(context), "array creation", array?.expression().Select(e => (IrNode)Expression(e)).ToList() ?? []);
    }

    private IrExpression Creation(ParserRuleContext context, ParserRuleContext type, JavaParser.ClassCreatorRestContext? rest)
    {
        var span = Span(context);
        var name = JavaTypes.Base(TextOf(type));
        var call = new CallExpression(span, new NameExpression(Span(type), name), Arguments(rest?.arguments()));
        if (rest?.classBody() is not { } body) return call;
        var anonymous = Type(context, null, TypeDeclKind.Class, [name], [], body, Modifiers.None, $"{name}${span.StartLine}:{span.StartColumn}");
        return new OtherExpression(span, "anonymous class", [call, anonymous]);
    }

    private IrExpression Literal(JavaParser.LiteralContext context)
    {
        var span = Span(context);
        var text = context.GetText();
        return context.Start.Type switch
        {
            JavaLexer.INTEGER_LITERAL => new LiteralExpression(span, LiteralKind.Integer, text),
            JavaLexer.FLOATING_POINT_LITERAL => new LiteralExpression(span, LiteralKind.Float, text),
            JavaLexer.CHARACTER_LITERAL => new LiteralExpression(span, LiteralKind.Rune, text),
            JavaLexer.STRING_LITERAL or JavaLexer.TEXT_BLOCK => new LiteralExpression(span, LiteralKind.String, JavaStrings.Value(text)),
            JavaLexer.TRUE or JavaLexer.FALSE => new LiteralExpression(span, LiteralKind.Boolean, text),
            JavaLexer.NULL => new LiteralExpression(span, LiteralKind.Null, text),
            _ => Missing(context),
        };
    }

    /// <summary>A lambda is a function literal; an expression body is its return value.</summary>
    private FunctionLiteral Lambda(JavaParser.LambdaExpressionContext context) => InScope(() =>
    {
        var parameters = new List<Parameter>();
        if (context.lambdaParameters() is { } declared)
        {
            foreach (var identifier in declared.identifier())
                parameters.Add(new Parameter(Span(identifier), identifier.GetText(), null, null));
            foreach (var formal in declared.formalParameter())
                if (formal.variableDeclaratorId() is { } id && DeclaredName(id) is { } name)
                    parameters.Add(new Parameter(Span(formal), name, formal.typeType() is { } type ? TextOf(type) : null, null));
        }
        foreach (var parameter in parameters) Declare(parameter.Name);
        var span = Span(context);
        Block body = context.block() is { } block ? Block(block)
            : context.expression() is { } value ? new Block(Span(value), [new ReturnStatement(Span(value), [Expression(value)])])
            : new Block(span, []);
        return new FunctionLiteral(span, parameters, body);
    });
}
