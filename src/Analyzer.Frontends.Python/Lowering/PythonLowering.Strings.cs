using System.Text;
using Analyzer.Core.Ir;
using Analyzer.Core.Text;
using Analyzer.Frontends.Python.Generated;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace Analyzer.Frontends.Python.Lowering;

internal sealed partial class PythonLowering
{
    // ------------------------------------------------------------------------------------------------------------
    // 2.4.2 / 2.4.3 String literals, implicit concatenation and f-strings

    /// <summary>Adjacent string pieces are one literal with their decoded values joined; with an f-string among them
    /// they are one interpolated string: literal parts (adjacent ones merged) and replacement fields, in order.</summary>
    private IrExpression Strings(PythonParser.StringsContext context)
    {
        var span = Span(context);
        var parts = new List<Piece>();
        var interpolated = false;
        var bytes = false;
        foreach (var child in context.children ?? [])
        {
            switch (child)
            {
                case ITerminalNode { Symbol: var token } when token.Type == PythonLexer.STRING:
                {
                    var literal = PythonStrings.Split(token.Text);
                    bytes |= literal.IsBytes;
                    parts.Add(new Piece(Span(token), PythonStrings.Decode(token.Text), null));
                    break;
                }
                case PythonParser.FstringContext fstring:
                    interpolated = true;
                    FString(fstring, parts);
                    break;
            }
        }
        if (!interpolated)
        {
            var value = new StringBuilder();
            foreach (var part in parts) value.Append(part.Text);
            return new LiteralExpression(span, bytes ? LiteralKind.Bytes : LiteralKind.String, value.ToString());
        }
        var result = new List<IrExpression>();
        for (var i = 0; i < parts.Count; i++)
        {
            if (parts[i].Expression is { } expression)
            {
                result.Add(expression);
                continue;
            }
            var text = new StringBuilder(parts[i].Text);
            var partSpan = parts[i].Span;
            while (i + 1 < parts.Count && parts[i + 1].Expression is null)
            {
                i++;
                text.Append(parts[i].Text);
                partSpan = partSpan.Union(parts[i].Span);
            }
            if (text.Length > 0) result.Add(new LiteralExpression(partSpan, LiteralKind.String, text.ToString()));
        }
        return new InterpolatedString(span, result);
    }

    private void FString(PythonParser.FstringContext context, List<Piece> parts)
    {
        var start = context.FSTRING_START()?.Symbol.Text ?? "f'";
        var raw = start.Contains('r', StringComparison.OrdinalIgnoreCase);
        foreach (var middle in context.fstring_middle())
        {
            switch (middle)
            {
                case PythonParser.FstringTextContext text when text.FSTRING_MIDDLE() is { Symbol: var token }:
                    parts.Add(new Piece(Span(token), PythonStrings.DecodeFStringPart(token.Text, raw), null));
                    break;
                case PythonParser.FstringFieldContext field when field.fstring_replacement_field() is { } replacement:
                    ReplacementField(replacement, parts);
                    break;
            }
        }
    }

    /// <summary>A replacement field: `{x=}` adds the literal "x=" first (as Python does); nested fields of the format
    /// spec make the value an "formatted value" expression holding the value and the nested fields.</summary>
    private void ReplacementField(PythonParser.Fstring_replacement_fieldContext context, List<Piece> parts)
    {
        var value = context.yield_expr() is { } y ? Yield(y)
            : context.star_expressions() is { } e ? StarExpressions(e)
            : Missing(context);
        if (context.self_doc is { } selfDoc && context.LBRACE() is { Symbol: var open })
        {
            // The text from after '{' up to what follows the '=' (a conversion, a format spec or '}'), spaces kept.
            var from = open.StopIndex + 1;
            var to = selfDoc.StopIndex + 1;
            if (selfDoc.TokenIndex >= 0 && selfDoc.TokenIndex + 1 < _tokens.Count && _tokens[selfDoc.TokenIndex + 1].StartIndex >= to)
                to = _tokens[selfDoc.TokenIndex + 1].StartIndex;
            parts.Add(new Piece(_text.Span(from, to), _text.Text[from..to], null));
        }
        var nested = new List<IrNode>();
        foreach (var spec in context.fstring_full_format_spec()?.fstring_format_spec() ?? [])
            if (spec.fstring_replacement_field() is { } inner)
            {
                var innerParts = new List<Piece>();
                ReplacementField(inner, innerParts);
                nested.AddRange(innerParts.Select(p => p.Expression).OfType<IrExpression>());
            }
        if (nested.Count > 0)
        {
            nested.Insert(0, value);
            value = new OtherExpression(Span(context), "formatted value", nested);
        }
        parts.Add(new Piece(value.Span, string.Empty, value));
    }

    private readonly record struct Piece(SourceSpan Span, string Text, IrExpression? Expression);
}
