using System.Globalization;
using System.Text;
using Analyzer.Core.Ir;

namespace Analyzer.Testing;

/// <summary>
/// A readable, stable dump of an IR tree, the same for every language: one node per line, indented by depth, with
/// its kind, its span (line:column-line:column) and the properties that are not children (names, types as written,
/// operators, literal values, field initializers by their span). Snapshots of it pin a frontend's lowering.
/// </summary>
public static class IrDump
{
    /// <summary>The dump of <paramref name="root"/> and everything below it.</summary>
    public static string Of(IrNode root)
    {
        var builder = new StringBuilder();
        var stack = new Stack<(IrNode Node, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (current, level) = stack.Pop();
            builder.Append(' ', level * 2).Append(current.Kind).Append(' ').Append(Where(current));
            var details = Details(current);
            if (details.Length > 0) builder.Append(' ').Append(details);
            builder.Append('\n');
            var children = current.Children;
            for (var i = children.Count - 1; i >= 0; i--) stack.Push((children[i], level + 1));
        }
        return builder.ToString();
    }

    private static string Where(IrNode node) =>
        string.Create(CultureInfo.InvariantCulture, $"[{node.Span.StartLine}:{node.Span.StartColumn}-{node.Span.EndLine}:{node.Span.EndColumn}]");

    private static string Details(IrNode node) => node switch
    {
        Module m => $"language={m.Language} package={m.PackageName ?? "null"} imports={m.Imports.Count}",
        Comment c => Quote(c.Content),
        ImportDecl i => $"path={Quote(i.Path)} alias={i.Alias ?? "null"} names=[{string.Join(", ", i.Names)}]",
        TypeDecl t => $"{t.Name} kind={t.TypeKind} bases=[{string.Join(", ", t.Bases)}]"
                      + (t.InterfaceMethods.Count > 0 ? $" methods=[{string.Join(", ", t.InterfaceMethods)}]" : string.Empty),
        FieldDecl f => $"{f.Name} type={QuoteOrNull(f.TypeText)}" + (f.IsEmbedded ? " embedded" : string.Empty)
                       + $" initializer={(f.Initializer is null ? "null" : f.Initializer.Kind + " " + Where(f.Initializer))}",
        FunctionDecl f => $"{f.Name} owner={f.OwnerType ?? "null"} receiver={f.ReceiverName ?? "null"}",
        Parameter p => $"{p.Name} type={QuoteOrNull(p.TypeText)}",
        Assignment a => $"op={a.Operator} targets={a.Targets.Count} values={a.Values.Count}"
                        + (a.IsDeclaration ? " declaration" : string.Empty) + $" type={QuoteOrNull(a.TypeText)}",
        LoopStatement l => $"{l.LoopKind} targets={l.Targets.Count} else={(l.Else is null ? "no" : "yes")}",
        SwitchStatement s => s.SwitchKind.ToString(),
        SwitchCase c => c.IsDefault ? "default" : $"labels={c.Labels.Count}",
        ExceptHandler h => $"types=[{string.Join(", ", h.TypeNames)}] name={h.Name ?? "null"}",
        JumpStatement j => j.JumpKind + (j.Label is null ? string.Empty : " " + j.Label),
        LabeledStatement l => l.Label,
        OtherStatement o => Quote(o.Description),
        NameExpression n => n.Name,
        MemberAccess m => "." + m.Member,
        Argument a => (a.Name is null ? string.Empty : a.Name + "= ") + (a.Unpack > 0 ? "unpack=" + a.Unpack : string.Empty),
        LiteralExpression l => $"{l.LiteralKind} {Quote(l.Value)}",
        BinaryExpression b => b.Operator,
        UnaryExpression u => u.Operator,
        CollectionExpression c => c.CollectionKind + (c.TypeText is null ? string.Empty : " type=" + Quote(c.TypeText)),
        ComprehensionExpression c => c.CollectionKind.ToString(),
        OtherExpression o => Quote(o.Description),
        _ => string.Empty,
    };

    private static string QuoteOrNull(string? text) => text is null ? "null" : Quote(text);

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
