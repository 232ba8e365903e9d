using System.Globalization;
using System.Text;
using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Tests.Support;

/// <summary>
/// A readable, stable dump of an IR tree: one node per line, indented by depth, with its kind, its span
/// (line:column-line:column) and the properties that are not children (names, operators, literal values, field
/// initializers by their span). Snapshots of it pin the lowering.
/// </summary>
internal static class IrDump
{
    public static string Of(IrNode root)
    {
        var builder = new StringBuilder();
        Write(root, 0, builder);
        return builder.ToString();
    }

    private static void Write(IrNode node, int depth, StringBuilder builder)
    {
        var stack = new Stack<(IrNode Node, int Depth)>();
        stack.Push((node, depth));
        while (stack.Count > 0)
        {
            var (current, level) = stack.Pop();
            builder.Append(' ', level * 2).Append(current.Kind).Append(' ').Append(Where(current));
            var details = Details(current);
            if (details.Length > 0) builder.Append(' ').Append(details);
            builder.Append('\n');
            var children = current.Children.ToList();
            for (var i = children.Count - 1; i >= 0; i--) stack.Push((children[i], level + 1));
        }
    }

    private static string Where(IrNode node) =>
        string.Create(CultureInfo.InvariantCulture, $"[{node.Span.StartLine}:{node.Span.StartColumn}-{node.Span.EndLine}:{node.Span.EndColumn}]");

    private static string Details(IrNode node) => node switch
    {
        Module m => $"language={m.Language} package={m.PackageName ?? "null"} imports={m.Imports.Count}",
        Comment c => Quote(c.Content),
        ImportDecl i => $"path={i.Path} alias={i.Alias ?? "null"} names=[{string.Join(", ", i.Names)}]",
        TypeDecl t => $"{t.Name} kind={t.TypeKind} bases=[{string.Join(", ", t.Bases)}]",
        FieldDecl f => $"{f.Name} type={f.TypeText ?? "null"} initializer={(f.Initializer is null ? "null" : f.Initializer.Kind + " " + Where(f.Initializer))}",
        FunctionDecl f => $"{f.Name} owner={f.OwnerType ?? "null"} receiver={f.ReceiverName ?? "null"}",
        Parameter p => $"{p.Name} type={p.TypeText ?? "null"}",
        Assignment a => $"op={a.Operator} targets={a.Targets.Count} values={a.Values.Count} type={a.TypeText ?? "null"}",
        LoopStatement l => $"{l.LoopKind} targets={l.Targets.Count} else={(l.Else is null ? "no" : "yes")}",
        SwitchStatement s => s.SwitchKind.ToString(),
        SwitchCase c => c.IsDefault ? "default" : string.Empty,
        ExceptHandler h => $"types=[{string.Join(", ", h.TypeNames)}] name={h.Name ?? "null"}",
        JumpStatement j => j.JumpKind.ToString(),
        OtherStatement o => Quote(o.Description),
        NameExpression n => n.Name,
        MemberAccess m => "." + m.Member,
        Argument a => (a.Name is null ? string.Empty : a.Name + "= ") + (a.Unpack > 0 ? "unpack=" + a.Unpack : string.Empty),
        LiteralExpression l => $"{l.LiteralKind} {Quote(l.Value)}",
        BinaryExpression b => b.Operator,
        UnaryExpression u => u.Operator,
        CollectionExpression c => c.CollectionKind.ToString(),
        ComprehensionExpression c => c.CollectionKind.ToString(),
        OtherExpression o => Quote(o.Description),
        _ => string.Empty,
    };

    private static string Quote(string text)
    {
        var builder = new StringBuilder("\"");
        foreach (var c in text)
        {
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '"': builder.Append("\\\""); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (char.IsControl(c)) builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
                    else builder.Append(c);
                    break;
            }
        }
        return builder.Append('"').ToString();
    }
}
