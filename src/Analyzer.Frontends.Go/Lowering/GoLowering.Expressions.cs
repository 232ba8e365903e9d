using Analyzer.Core.Ir;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Go.Generated;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace Analyzer.Frontends.Go.Lowering;

/// <summary>
/// Expressions. The grammar's expression rule is left-recursive, so a chain of selectors, calls, indexes or binary
/// operators (<c>a + b + … + z</c>, <c>b.X().Y().Z()</c>) is a left-deep tree as deep as the chain is long; it is
/// lowered with a loop down its left spine, so only real nesting (parentheses, arguments, literals) recurses.
/// </summary>
internal sealed partial class GoLowering
{
    private List<IrExpression> Expressions(GoParser.ExpressionListContext? list)
    {
        var children = list?.children;
        if (children is null) return [];
        var expressions = new List<IrExpression>((children.Count + 1) / 2);
        for (var i = 0; i < children.Count; i++) // for, not foreach: an IList's enumerator is boxed
            if (children[i] is GoParser.ExpressionContext expression)
                expressions.Add(Expression(expression));
        return expressions;
    }

    private IrExpression Expression(GoParser.ExpressionContext? context)
    {
        if (context is null) return Missing(null);
        AntlrParseDriver.GuardDepth();
        List<GoParser.ExpressionContext>? spine = null;
        var current = context;
        while (LeftOperand(current) is { } left)
        {
            (spine ??= []).Add(current);
            current = left;
        }
        var result = Operand(current);
        if (spine is null) return result;
        for (var i = spine.Count - 1; i >= 0; i--) result = Suffix(spine[i], result);
        return result;
    }

    /// <summary>The left operand of a left-recursive alternative (selector, assertion, index, slice, call, binary).</summary>
    private static GoParser.ExpressionContext? LeftOperand(GoParser.ExpressionContext context) =>
        context is GoParser.SelectorExprContext or GoParser.TypeAssertionExprContext or GoParser.IndexExprContext
            or GoParser.SliceExprContext or GoParser.CallExprContext or GoParser.BinaryExprContext
            && context.ChildCount > 0
            ? context.GetChild(0) as GoParser.ExpressionContext
            : null;

    /// <summary>An alternative that does not start with an expression.</summary>
    private IrExpression Operand(GoParser.ExpressionContext context)
    {
        switch (context)
        {
            case GoParser.BasicLitContext literal:
                return BasicLiteral(literal);
            case GoParser.NameExprContext name:
                return name.IDENTIFIER() is { } identifier && IsPresent(identifier) ? Name(identifier.Symbol) : Missing(context);
            case GoParser.ParenExprContext paren:
                return paren.expression() is { } inner ? Expression(inner) : Missing(context);
            case GoParser.CompositeLitExprContext composite when composite.compositeLit() is { } literal:
                return CompositeLiteral(literal);
            case GoParser.FunctionLitExprContext function when function.functionLit() is { } literal:
                return FunctionLiteral(literal);
            case GoParser.TypeExprContext or GoParser.ChanTypeExprContext:
                return new OtherExpression(Span(context), "type", []);
            case GoParser.UnaryExprContext unary:
                return new UnaryExpression(Span(context), unary.op is { } op ? Operator(op) : string.Empty, Expression(unary.expression()));
            default:
                // A left-recursive alternative whose left operand is missing (error recovery), or an unknown shape.
                var items = new List<IrNode>();
                foreach (var child in context.children ?? [])
                    if (child is GoParser.ExpressionContext expression) items.Add(Expression(expression));
                return new OtherExpression(Span(context), "expression", items);
        }
    }

    /// <summary>The alternative <paramref name="context"/> applied to its already lowered left operand.</summary>
    private IrExpression Suffix(GoParser.ExpressionContext context, IrExpression left)
    {
        var span = Span(context);
        switch (context)
        {
            case GoParser.SelectorExprContext selector:
                var member = selector.IDENTIFIER();
                return IsPresent(member) ? new MemberAccess(span, left, member.GetText()) : new OtherExpression(span, "selector", [left]);
            case GoParser.TypeAssertionExprContext:
                return new OtherExpression(span, TypeAssertion, [left]);
            case GoParser.IndexExprContext index:
                return new IndexExpression(span, left, Expressions(index.expressionList()));
            case GoParser.SliceExprContext slice:
                var parts = new List<IrNode> { left };
                if (slice.low is { } low) parts.Add(Expression(low));
                if (slice.high is { } high) parts.Add(Expression(high));
                if (slice.max is { } max) parts.Add(Expression(max));
                return new OtherExpression(span, "slice", parts);
            case GoParser.CallExprContext call:
                return new CallExpression(span, left, Arguments(call.arguments()));
            case GoParser.BinaryExprContext binary:
                var right = context.ChildCount > 2 ? context.GetChild(2) as GoParser.ExpressionContext : null;
                return new BinaryExpression(span, binary.op is { } op ? Operator(op) : string.Empty, left, right is null ? Missing(context) : Expression(right));
            default:
                return new OtherExpression(span, "expression", [left]);
        }
    }

    /// <summary>Call arguments; a trailing "..." unpacks the last one (its span covers the "...").</summary>
    private List<Argument> Arguments(GoParser.ArgumentsContext? arguments)
    {
        var children = arguments?.children;
        if (children is null) return [];
        var result = new List<Argument>(children.Count / 2);
        for (var i = 0; i < children.Count; i++)
        {
            switch (children[i])
            {
                case GoParser.ExpressionContext expression:
                    var value = Expression(expression);
                    result.Add(new Argument(value.Span, null, value, 0));
                    break;
                case GoParser.ExpressionListContext list:
                    foreach (var value2 in Expressions(list)) result.Add(new Argument(value2.Span, null, value2, 0));
                    break;
                case ITerminalNode { Symbol.Type: GoLexer.ELLIPSIS } ellipsis when result.Count > 0 && IsPresent(ellipsis):
                    var last = result[^1];
                    result[^1] = new Argument(last.Span.Union(Span(ellipsis)), null, last.Value, 1);
                    break;
            }
        }
        return result;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Literals

    private LiteralExpression BasicLiteral(GoParser.BasicLitContext context)
    {
        var token = context.lit ?? context.Start;
        var span = Span(token);
        var text = token.Text ?? string.Empty;
        return token.Type switch
        {
            GoLexer.INT_LIT => new LiteralExpression(span, LiteralKind.Integer, text),
            GoLexer.FLOAT_LIT => new LiteralExpression(span, LiteralKind.Float, text),
            GoLexer.IMAGINARY_LIT => new LiteralExpression(span, LiteralKind.Imaginary, text),
            GoLexer.RUNE_LIT => new LiteralExpression(span, LiteralKind.Rune, GoStrings.Decode(text)),
            _ => new LiteralExpression(span, LiteralKind.String, GoStrings.Decode(text)),
        };
    }

    /// <summary>The decoded value of a string literal token.</summary>
    private static string StringLiteralValue(IToken token) => GoStrings.Decode(token.Text ?? string.Empty);

    private FunctionLiteral FunctionLiteral(GoParser.FunctionLitContext context) =>
        new(Span(context), Parameters(context.signature()?.parameters()),
            context.body is { } body ? FunctionBody(context.signature(), body) : new Block(Span(context), []));

    /// <summary><c>T{…}</c>: a map type gives a Dict, an array or slice type a List, a struct or named type a
    /// Composite. Elements whose type is elided take the element type of the literal's type.</summary>
    private CollectionExpression CompositeLiteral(GoParser.CompositeLitContext context)
    {
        var literalType = context.literalType();
        var (kind, keyType, elementType) = literalType is null ? (CollectionKind.Composite, null, null) : LiteralShape(literalType);
        return LiteralValue(Span(context), kind, literalType is null ? null : TextOf(literalType), context.literalValue(), keyType, elementType);
    }

    private static (CollectionKind Kind, GoParser.TypeContext? Key, GoParser.TypeContext? Element) LiteralShape(GoParser.LiteralTypeContext type)
    {
        if (type.mapType() is { } map) return (CollectionKind.Dict, map.keyType, map.elementType);
        if (type.sliceType() is { } slice) return (CollectionKind.List, null, slice.elementType);
        if (type.arrayType() is { } array) return (CollectionKind.List, null, array.elementType);
        if (type.ELLIPSIS() is not null) return (CollectionKind.List, null, type.elementType);
        return (CollectionKind.Composite, null, null);
    }

    private CollectionExpression LiteralValue(SourceSpan span, CollectionKind kind, string? typeText,
        GoParser.LiteralValueContext? value, GoParser.TypeContext? keyType, GoParser.TypeContext? elementType)
    {
        AntlrParseDriver.GuardDepth();
        var elements = new List<IrExpression>();
        if (value?.children is { } children)
        {
            elements.Capacity = children.Count / 2;
            for (var i = 0; i < children.Count; i++)
            {
                if (children[i] is not GoParser.KeyedElementContext keyed) continue;
                var parts = keyed.element();
                if (parts.Length >= 2)
                    elements.Add(new KeyValueExpression(Span(keyed), Element(parts[0], keyType), Element(parts[1], elementType)));
                else if (parts.Length == 1)
                    elements.Add(Element(parts[0], elementType));
            }
        }
        return new CollectionExpression(span, kind, typeText, elements);
    }

    private IrExpression Element(GoParser.ElementContext element, GoParser.TypeContext? type)
    {
        if (element.expression() is { } expression) return Expression(expression);
        if (element.literalValue() is not { } literal) return Missing(element);
        // An elided type: T, or *T written as &T.
        var elided = Unparenthesized(type);
        if (elided?.typeLit()?.pointerType()?.type() is { } pointee) elided = Unparenthesized(pointee);
        var lit = elided?.typeLit();
        var (kind, keyType, elementType) =
            lit?.mapType() is { } map ? (CollectionKind.Dict, map.keyType, map.elementType)
            : lit?.sliceType() is { } slice ? (CollectionKind.List, null, slice.elementType)
            : lit?.arrayType() is { } array ? (CollectionKind.List, (GoParser.TypeContext?)null, array.elementType)
            : (CollectionKind.Composite, null, null);
        return LiteralValue(Span(literal), kind, type is null ? null : TextOf(type), literal, keyType, elementType);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Types used as expressions (type switch cases)

    private IrExpression TypeExpression(GoParser.TypeContext type)
    {
        AntlrParseDriver.GuardDepth();
        if (type.LPAREN() is not null && type.type() is { } inner) return TypeExpression(inner);
        if (type.typeName() is { name: { } name } typeName)
        {
            IrExpression target = typeName.packageName is { } package
                ? new MemberAccess(Span(typeName), Name(package), name.Text)
                : Name(name);
            if (type.typeArgs()?.typeList() is { } arguments)
            {
                var indices = new List<IrExpression>();
                foreach (var argument in arguments.type()) indices.Add(TypeExpression(argument));
                return new IndexExpression(Span(type), target, indices);
            }
            return target;
        }
        return new OtherExpression(Span(type), "type", []);
    }
}
