using Analyzer.Core.Ir;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Python.Generated;

namespace Analyzer.Frontends.Python.Lowering;

internal sealed partial class PythonLowering
{
    // ------------------------------------------------------------------------------------------------------------
    // 8.6 The match statement. Patterns are lowered as the expressions they look like (literals, names, dotted
    // values, tuples, lists, dicts); class, OR and AS patterns and guards are described OtherExpressions.

    private SwitchStatement MatchStatement(PythonParser.Match_stmtContext context)
    {
        IrExpression subject = Missing(context);
        if (context.subject_expr() is { } s)
        {
            var items = s.star_named_expression();
            subject = s.COMMA().Length == 0 && items.Length == 1
                ? StarNamedExpression(items[0])
                : new CollectionExpression(Span(s), CollectionKind.Tuple, null, items.Select(StarNamedExpression).ToList());
        }
        var cases = new List<SwitchCase>();
        foreach (var @case in context.case_block())
        {
            var labels = new List<IrNode>();
            var pattern = @case.patterns() is { } p ? Patterns(p, @case) : Missing(@case);
            labels.Add(pattern);
            var guard = @case.guard();
            if (guard?.named_expression() is { } condition)
                labels.Add(new OtherExpression(Span(guard), "case guard", [NamedExpression(condition)]));
            // A capture pattern (the wildcard _ included) without a guard matches everything.
            var isDefault = guard is null && pattern is NameExpression;
            cases.Add(new SwitchCase(Span(@case), labels, isDefault, Block(@case.block())));
        }
        return new SwitchStatement(Span(context), SwitchKind.Match, null, subject, cases);
    }

    /// <summary>One pattern, or an open sequence pattern (a tuple) when there is a comma.</summary>
    private IrExpression Patterns(PythonParser.PatternsContext context, Antlr4.Runtime.ParserRuleContext owner)
    {
        var items = context.maybe_star_pattern();
        if (context.COMMA().Length == 0 && items.Length == 1) return MaybeStarPattern(items[0]);
        return new CollectionExpression(owner is PythonParser.Case_blockContext ? Span(context) : Span(owner),
            CollectionKind.Tuple, null, items.Select(MaybeStarPattern).ToList());
    }

    private IrExpression MaybeStarPattern(PythonParser.Maybe_star_patternContext context)
    {
        if (context.star_pattern() is { } star)
            return new UnaryExpression(Span(star), "*", star.name() is { } n ? Name(n) : Missing(star));
        return context.pattern() is { } p ? Pattern(p) : Missing(context);
    }

    private IrExpression Pattern(PythonParser.PatternContext context)
    {
        AntlrParseDriver.GuardDepth();
        var or = context.or_pattern();
        var alternatives = or?.closed_pattern() ?? [];
        IrExpression result = alternatives.Length switch
        {
            0 => Missing(context),
            1 => ClosedPattern(alternatives[0]),
            _ => new OtherExpression(Span(or!), "or pattern", alternatives.Select(ClosedPattern).ToList<IrNode>()),
        };
        if (context.name() is { } alias)
            result = new OtherExpression(Span(context), "as pattern", [result, Name(alias)]);
        return result;
    }

    private IrExpression ClosedPattern(PythonParser.Closed_patternContext context)
    {
        var span = Span(context);
        switch (context)
        {
            case PythonParser.LiteralPatternContext literal:
                return literal.literal_pattern() is { } l ? LiteralPattern(l) : Missing(context);
            case PythonParser.CapturePatternContext capture:
                return capture.name() is { } n ? Name(n) : Missing(context);
            case PythonParser.ValuePatternContext value:
                return value.attr() is { } a ? DottedValue(a.name()) : Missing(context);
            case PythonParser.ClassPatternContext @class:
            {
                var items = new List<IrNode> { @class.dotted_name() is { } d ? DottedValue(d.name()) : Missing(context) };
                foreach (var argument in @class.pattern_arguments()?.pattern_argument() ?? [])
                {
                    switch (argument)
                    {
                        case PythonParser.KeywordPatternContext keyword:
                            items.Add(new KeyValueExpression(Span(argument),
                                keyword.name() is { } k ? Name(k) : Missing(argument),
                                keyword.pattern() is { } kp ? Pattern(kp) : Missing(argument)));
                            break;
                        case PythonParser.PositionalPatternContext positional:
                            items.Add(positional.pattern() is { } pp ? Pattern(pp) : Missing(argument));
                            break;
                    }
                }
                return new OtherExpression(span, "class pattern", items);
            }
            case PythonParser.GroupOrTuplePatternContext group:
            {
                if (group.patterns() is not { } inner) return new CollectionExpression(span, CollectionKind.Tuple, null, []);
                var items = inner.maybe_star_pattern();
                // (p) only groups; (p,) and (p, q) are sequences.
                if (inner.COMMA().Length == 0 && items.Length == 1 && items[0].star_pattern() is null) return MaybeStarPattern(items[0]);
                return new CollectionExpression(span, CollectionKind.Tuple, null, items.Select(MaybeStarPattern).ToList());
            }
            case PythonParser.ListPatternContext list:
                return new CollectionExpression(span, CollectionKind.List, null,
                    list.patterns()?.maybe_star_pattern().Select(MaybeStarPattern).ToList() ?? []);
            case PythonParser.MappingPatternContext mapping:
            {
                var entries = new List<IrExpression>();
                foreach (var item in mapping.mapping_items()?.mapping_item() ?? [])
                {
                    switch (item)
                    {
                        case PythonParser.KeyValuePatternContext pair:
                            IrExpression key = pair.literal_pattern() is { } lk ? LiteralPattern(lk)
                                : pair.attr() is { } ak ? DottedValue(ak.name())
                                : Missing(item);
                            entries.Add(new KeyValueExpression(Span(item), key, pair.pattern() is { } v ? Pattern(v) : Missing(item)));
                            break;
                        case PythonParser.DoubleStarPatternContext rest:
                            entries.Add(new UnaryExpression(Span(item), "**", rest.name() is { } r ? Name(r) : Missing(item)));
                            break;
                    }
                }
                return new CollectionExpression(span, CollectionKind.Dict, null, entries);
            }
            default:
                return new OtherExpression(span, "pattern", []);
        }
    }

    private IrExpression LiteralPattern(PythonParser.Literal_patternContext context)
    {
        var span = Span(context);
        if (context.strings() is { } strings) return Strings(strings);
        var text = context.GetText();
        return text switch
        {
            "None" => new LiteralExpression(span, LiteralKind.Null, text),
            "True" or "False" => new LiteralExpression(span, LiteralKind.Boolean, text),
            _ => Number(span, _text.Slice(span)),
        };
    }

    /// <summary>a.b.c as nested member accesses.</summary>
    private IrExpression DottedValue(PythonParser.NameContext[] names)
    {
        if (names.Length == 0) return new OtherExpression(_text.Span(0, 0), "missing", []);
        var result = Name(names[0]);
        for (var i = 1; i < names.Length; i++)
            result = new MemberAccess(Span(names[0], names[i]), result, names[i].GetText());
        return result;
    }
}
