using Analyzer.Core.Ir;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Python.Generated;

namespace Analyzer.Frontends.Python.Lowering;

internal sealed partial class PythonLowering
{
    // ------------------------------------------------------------------------------------------------------------
    // 8.7 / 8.8 Functions, classes and their decorators

    private IrStatement Decorated(PythonParser.DecoratedContext context)
    {
        var decorators = new List<IrExpression>();
        // Each decorator is `@ named_expression NEWLINE` (read through the generic tree API, so a grouping rule
        // around each decorator or none both work).
        foreach (var child in context.decorators()?.children ?? [])
        {
            var expression = child as PythonParser.Named_expressionContext
                             ?? (child as Antlr4.Runtime.ParserRuleContext)?.GetRuleContext<PythonParser.Named_expressionContext>(0);
            if (expression is not null) decorators.Add(NamedExpression(expression));
        }
        if (context.function_def() is { } function) return FunctionDefinition(function, decorators);
        if (context.class_def() is { } @class) return ClassDefinition(@class, decorators);
        return new OtherStatement(Span(context), "decorated definition", decorators);
    }

    /// <summary>A def (or async def). Directly in a class body it is a method: its owner is the class, and its first
    /// parameter (unless it is a @staticmethod) is the receiver, not one of its parameters.</summary>
    private FunctionDecl FunctionDefinition(PythonParser.Function_defContext context, List<IrExpression> decorators)
    {
        AntlrParseDriver.GuardDepth();
        var name = context.name()?.GetText() ?? string.Empty;
        var parameters = Parameters(context.@params());
        var owner = _frames.Count > 0 ? _frames.Peek() : null;
        string? receiver = null;
        if (owner is not null && !decorators.Any(d => IsDecorator(d, "staticmethod"))
            && context.@params()?.param_item().FirstOrDefault() is PythonParser.PlainParamContext && parameters.Count > 0)
        {
            receiver = parameters[0].Name;
            parameters.RemoveAt(0);
        }
        _frames.Push(null);
        var body = Block(context.block());
        _frames.Pop();
        var function = new FunctionDecl(Span(context), name, owner?.Name, receiver, parameters, body, decorators);
        owner?.Methods.Add(function);
        return function;
    }

    private static bool IsDecorator(IrExpression decorator, string name) => decorator switch
    {
        NameExpression n => n.Name == name,
        MemberAccess m => m.Member == name,
        _ => false,
    };

    private List<Parameter> Parameters(PythonParser.ParamsContext? context)
    {
        var result = new List<Parameter>();
        if (context is null) return result;
        var seenDefault = false;
        var seenStar = false;
        foreach (var item in context.param_item())
        {
            switch (item)
            {
                case PythonParser.PlainParamContext plain:
                {
                    var parameter = Parameter(plain.param(), plain.defaultValue, item);
                    if (plain.defaultValue is not null) seenDefault = true;
                    else if (seenDefault && !seenStar) Error(parameter.Span, "a parameter without a default follows one with a default");
                    result.Add(parameter);
                    break;
                }
                case PythonParser.StarParamContext star:
                    seenStar = true;
                    if (star.name() is { } starName)
                        result.Add(new Parameter(Span(item), starName.GetText(),
                            star.starAnnotation is { } annotation ? TextOf(annotation) : null, null));
                    break;
                case PythonParser.DoubleStarParamContext doubleStar:
                    result.Add(Parameter(doubleStar.param(), null, item));
                    break;
            }
        }
        return result;
    }

    private Parameter Parameter(PythonParser.ParamContext? param, PythonParser.ExpressionContext? @default, PythonParser.Param_itemContext item) =>
        new(Span(item), param?.name()?.GetText() ?? string.Empty,
            param?.annotation is { } annotation ? TextOf(annotation) : null,
            @default is null ? null : Expression(@default));

    private string TextOf(Antlr4.Runtime.ParserRuleContext context) => _text.Slice(Span(context));

    private List<IrNode> TypeParameters(PythonParser.Type_paramsContext context)
    {
        var result = new List<IrNode>();
        foreach (var parameter in context.type_param())
        {
            switch (parameter)
            {
                case PythonParser.TypeVarContext typeVar:
                    result.Add(new Parameter(Span(parameter), typeVar.name()?.GetText() ?? string.Empty,
                        typeVar.bound is { } bound ? TextOf(bound) : null, null));
                    break;
                case PythonParser.TypeVarTupleContext tuple:
                    result.Add(new Parameter(Span(parameter), tuple.name()?.GetText() ?? string.Empty, null, null));
                    break;
                case PythonParser.ParamSpecContext spec:
                    result.Add(new Parameter(Span(parameter), spec.name()?.GetText() ?? string.Empty, null, null));
                    break;
            }
        }
        return result;
    }

    /// <summary>A class: bases as written (keywords such as metaclass= skipped), its body as members, and its fields:
    /// every self.X assigned in its methods (__init__ first; the first assignment wins), then class-level
    /// assignments.</summary>
    private TypeDecl ClassDefinition(PythonParser.Class_defContext context, List<IrExpression> decorators)
    {
        AntlrParseDriver.GuardDepth();
        var name = context.name()?.GetText() ?? string.Empty;
        var bases = new List<string>();
        foreach (var argument in context.arguments()?.argument() ?? [])
        {
            // A keyword (metaclass=...), *bases or **kwargs is not a base as written.
            if (argument is PythonParser.PositionalArgumentContext positional && positional.for_if_clauses() is null
                && positional.named_expression() is { } expression)
                bases.Add(TextOf(expression));
        }
        var frame = new ClassFrame(name);
        _frames.Push(frame);
        var members = context.block() is { } block ? Block(block).Statements : [];
        _frames.Pop();
        return new TypeDecl(Span(context), name, TypeDeclKind.Class, bases, Fields(frame, members), [], members, decorators);
    }

    private static List<FieldDecl> Fields(ClassFrame frame, IReadOnlyList<IrStatement> members)
    {
        var fields = new List<FieldDecl>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var methods = frame.Methods.Where(m => m.Name == "__init__").Concat(frame.Methods.Where(m => m.Name != "__init__"));
        foreach (var method in methods)
        {
            if (method.ReceiverName is not { } receiver || method.Body is null) continue;
            foreach (var assignment in AssignmentStatements(method.Body))
            {
                if (assignment.Operator != "=") continue;
                for (var i = 0; i < assignment.Targets.Count; i++)
                {
                    if (assignment.Targets[i] is not MemberAccess { Target: NameExpression { Name: var self }, Member: var member } target
                        || self != receiver || !seen.Add(member))
                        continue;
                    var value = ValueFor(assignment, i);
                    fields.Add(new FieldDecl(target.Span, member, assignment.TypeText ?? AnnotationOfParameter(method, value), false, value));
                }
            }
        }
        foreach (var assignment in members.OfType<Assignment>())
        {
            if (assignment.Operator != "=") continue;
            for (var i = 0; i < assignment.Targets.Count; i++)
            {
                if (assignment.Targets[i] is not NameExpression { Name: var member } target || !seen.Add(member)) continue;
                fields.Add(new FieldDecl(target.Span, member, assignment.TypeText, false, ValueFor(assignment, i)));
            }
        }
        return fields;
    }

    // self.store = store, where the method declares store: MemoryStore: the field holds what the annotation says.
    private static string? AnnotationOfParameter(FunctionDecl method, IrExpression? value) =>
        value is NameExpression { Name: var name } ? method.Parameters.FirstOrDefault(p => p.Name == name)?.TypeText : null;

    /// <summary>The assignment statements in <paramref name="body"/> and its nested blocks, in source order. Python has
    /// no statement inside an expression (a lambda holds an expression; `:=` assigns a name, never an attribute),
    /// so expressions, most of a body's nodes, are not walked.</summary>
    private static IEnumerable<Assignment> AssignmentStatements(Block body)
    {
        var pending = new Stack<IrNode>();
        var children = new List<IrNode>();
        pending.Push(body);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is Assignment assignment)
            {
                yield return assignment;
                continue;
            }
            children.Clear();
            foreach (var child in node.Children)
                if (child is not IrExpression) children.Add(child);
            for (var i = children.Count - 1; i >= 0; i--) pending.Push(children[i]);
        }
    }

    /// <summary>The value assigned to target <paramref name="index"/>: its own when values pair with targets, else the
    /// one value (chained or unpacking assignments). The same instance as in the body, not a copy.</summary>
    private static IrExpression? ValueFor(Assignment assignment, int index) =>
        assignment.Values.Count == assignment.Targets.Count ? assignment.Values[index]
        : assignment.Values.Count == 1 ? assignment.Values[0]
        : null;
}
