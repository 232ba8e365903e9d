using System.Text;
using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>Answers <see cref="IScope"/> questions for one function from its package's declarations.</summary>
internal sealed class FunctionScope(PackageModel package, FunctionDecl function) : IScope
{
    private List<Assignment>? _assignments;

    public FunctionDecl Function { get; } = function;
    public PackageModel Package { get; } = package;

    public bool IsReceiver(IrExpression expression) =>
        expression is NameExpression name && Function.ReceiverName is { } receiver && name.Name == receiver;

    public FieldDecl? FieldOf(IrExpression expression) =>
        expression is MemberAccess { Target: var target, Member: var member } && IsReceiver(target)
            ? Package.FieldOf(Function.OwnerType, member)
            : null;

    public IrExpression? ValueOf(string localName, IrNode at)
    {
        _assignments ??= Function.Body is null ? [] : Function.Body.DescendantsAndSelf().OfType<Assignment>().ToList();
        IrExpression? found = null;
        foreach (var assignment in _assignments)
        {
            if (assignment.Span.StartOffset >= at.Span.StartOffset) break;
            for (var i = 0; i < assignment.Targets.Count; i++)
            {
                if (assignment.Targets[i] is not NameExpression { Name: var name } || name != localName) continue;
                found = assignment.Values.Count == assignment.Targets.Count ? assignment.Values[i]
                    : assignment.Values.Count == 1 ? assignment.Values[0] : found;
            }
        }
        return found;
    }

    public Resource? ResourceOf(IrExpression expression)
    {
        switch (expression)
        {
            case MemberAccess { Target: var target, Member: var member } when IsReceiver(target):
                var field = Package.FieldOf(Function.OwnerType, member);
                var key = "this." + member;
                return IsExternalStore(field)
                    ? new Resource(ResourceKind.ExternalStore, key, $"{Display(expression)} (a {field!.TypeText ?? "store"} with its own lock)")
                    : new Resource(ResourceKind.Field, key, Display(expression));
            case IndexExpression { Target: var target } when ResourceOf(target) is { Kind: ResourceKind.Field or ResourceKind.Element } inner:
                return new Resource(ResourceKind.Element, inner.Key, Display(expression));
            case MemberAccess { Target: var target, Member: var member } when ResourceOf(target) is { Kind: ResourceKind.Field } inner:
                return new Resource(ResourceKind.Field, inner.Key + "." + member, Display(expression));
            default:
                return null;
        }
    }

    public string Normalize(IrExpression expression)
    {
        var builder = new StringBuilder();
        Append(expression, builder);
        return builder.ToString();
    }

    private string Display(IrExpression expression) => expression.SourceCode;

    /// <summary>A field is an external store when its type is an interface (its implementation has its own
    /// synchronization we cannot see) or, in a language without declared field types, when it was injected
    /// through the constructor.</summary>
    private bool IsExternalStore(FieldDecl? field)
    {
        if (field is null || Package.Facts.IsLockField(field)) return false;
        if (field.TypeText is { } typeText)
        {
            if (typeText.StartsWith("interface", StringComparison.Ordinal)) return true;
            var type = Package.TypeNamed(TypeNames.Base(typeText));
            return type?.TypeKind == TypeDeclKind.Interface;
        }
        return field.Initializer is NameExpression { Name: var name }
               && Package.FunctionsNamed(Function.OwnerType, ConstructorName).Any(c => c.Parameters.Any(p => p.Name == name));
    }

    private string ConstructorName => Package.Facts.ConstructorName;

    private void Append(IrNode node, StringBuilder builder)
    {
        switch (node)
        {
            case NameExpression name:
                builder.Append(IsReceiver(name) ? "this" : name.Name);
                break;
            case MemberAccess member:
                Append(member.Target, builder);
                builder.Append('.').Append(member.Member);
                break;
            case IndexExpression index:
                Append(index.Target, builder);
                builder.Append('[');
                AppendAll(index.Indices, builder);
                builder.Append(']');
                break;
            case CallExpression call:
                Append(call.Callee, builder);
                builder.Append('(');
                AppendAll(call.Arguments.Select(a => a.Value), builder);
                builder.Append(')');
                break;
            case LiteralExpression literal:
                builder.Append('"').Append(literal.Value).Append('"');
                break;
            default:
                builder.Append(string.Join(' ', node.SourceCode.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
                break;
        }
    }

    private void AppendAll(IEnumerable<IrNode> nodes, StringBuilder builder)
    {
        var first = true;
        foreach (var node in nodes)
        {
            if (!first) builder.Append(", ");
            Append(node, builder);
            first = false;
        }
    }
}
