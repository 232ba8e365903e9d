using Analyzer.Core.Ir;
using Analyzer.Frontends.Go.Tests.Support;

namespace Analyzer.Frontends.Go.Tests;

/// <summary>Expressions: names, selectors, index and slice, calls, operators, literals, function literals, types.</summary>
[TestFixture]
public sealed class ExpressionTests
{
    [Test]
    public void Selector_and_package_qualified_call()
    {
        var call = (CallExpression)GoSource.Expression("os.Stat(path)");
        var callee = (MemberAccess)call.Callee;
        Assert.Multiple(() =>
        {
            Assert.That(((NameExpression)callee.Target).Name, Is.EqualTo("os"));
            Assert.That(callee.Member, Is.EqualTo("Stat"));
            Assert.That(callee.Text(), Is.EqualTo("os.Stat"));
            Assert.That(call.Text(), Is.EqualTo("os.Stat(path)"));
            Assert.That(call.Start(), Is.EqualTo((3, 9)));
            Assert.That(call.Arguments.Single().Unpack, Is.Zero);
        });
    }

    [Test]
    public void Variadic_argument_unpacks()
    {
        var call = (CallExpression)GoSource.Expression("append(a, b...)");
        Assert.Multiple(() =>
        {
            Assert.That(call.Arguments.Select(a => a.Unpack), Is.EqualTo(new[] { 0, 1 }));
            Assert.That(call.Arguments[1].Text(), Is.EqualTo("b..."));
            Assert.That(call.Arguments[1].Value.Text(), Is.EqualTo("b"));
        });
    }

    [Test]
    public void Index_slice_type_assertion_and_instantiation()
    {
        Assert.Multiple(() =>
        {
            var index = (IndexExpression)GoSource.Expression("f.items[id]");
            Assert.That((index.Target.Text(), index.Indices.Single().Text()), Is.EqualTo(("f.items", "id")));
            var slice = (OtherExpression)GoSource.Expression("s[1:n:cap(s)]");
            Assert.That(slice.Description, Is.EqualTo("slice"));
            Assert.That(slice.Items.Select(i => i.Text()), Is.EqualTo(new[] { "s", "1", "n", "cap(s)" }));
            var open = (OtherExpression)GoSource.Expression("s[:]");
            Assert.That(open.Items.Single().Text(), Is.EqualTo("s"));
            var assertion = (OtherExpression)GoSource.Expression("obj.(Deltas)");
            Assert.That((assertion.Description, assertion.Items.Single().Text()), Is.EqualTo(("type assertion", "obj")));
            var generic = (CallExpression)GoSource.Expression("Map[string, int](m, f)");
            var instantiation = (IndexExpression)generic.Callee;
            Assert.That(instantiation.Indices.Select(i => i.Text()), Is.EqualTo(new[] { "string", "int" }));
        });
    }

    [Test]
    public void Unary_operators()
    {
        var operators = new[] { "!x", "-x", "+x", "^x", "*p", "&x", "<-ch" }
            .Select(source => (UnaryExpression)GoSource.Expression(source))
            .Select(u => (u.Operator, u.Operand.Text()));
        Assert.That(operators, Is.EqualTo(new[] { ("!", "x"), ("-", "x"), ("+", "x"), ("^", "x"), ("*", "p"), ("&", "x"), ("<-", "ch") }));
    }

    [Test]
    public void Binary_operators_follow_go_precedence()
    {
        var expression = (BinaryExpression)GoSource.Expression("a || b && c == d+e*f");
        Assert.Multiple(() =>
        {
            Assert.That(expression.Operator, Is.EqualTo("||"));
            var and = (BinaryExpression)expression.Right;
            Assert.That(and.Operator, Is.EqualTo("&&"));
            var equals = (BinaryExpression)and.Right;
            Assert.That(equals.Operator, Is.EqualTo("=="));
            var plus = (BinaryExpression)equals.Right;
            Assert.That((plus.Operator, plus.Right.Text()), Is.EqualTo(("+", "e*f")));
            var sameLevel = (BinaryExpression)GoSource.Expression("a &^ b << 2");
            Assert.That((sameLevel.Operator, sameLevel.Left.Text()), Is.EqualTo(("<<", "a &^ b")));
            var chain = (BinaryExpression)GoSource.Expression("a - b - c");
            Assert.That((chain.Left.Text(), chain.Right.Text()), Is.EqualTo(("a - b", "c")));
        });
    }

    [Test]
    public void Parenthesized_expression_is_its_inner_expression()
    {
        var expression = GoSource.Expression("(a + b) * c");
        var product = (BinaryExpression)expression;
        Assert.Multiple(() =>
        {
            Assert.That(product.Left, Is.TypeOf<BinaryExpression>());
            Assert.That(product.Left.Text(), Is.EqualTo("a + b"));
            Assert.That(product.Text(), Is.EqualTo("(a + b) * c"));
        });
    }

    [Test]
    public void Composite_literals_map_slice_struct_and_nested()
    {
        var map = (CollectionExpression)GoSource.Expression("map[string][]int{\"a\": {1, 2}, \"b\": nil}");
        var slice = (CollectionExpression)GoSource.Expression("[]*Item{{Name: \"x\"}, &Item{}}");
        var array = (CollectionExpression)GoSource.Expression("[...]string{0: \"a\", 1: \"b\"}");
        var address = (UnaryExpression)GoSource.Expression("&Queue{items: map[string]Deltas{}, queue: []string{}}");
        Assert.Multiple(() =>
        {
            Assert.That((map.CollectionKind, map.TypeText), Is.EqualTo((CollectionKind.Dict, "map[string][]int")));
            var first = (KeyValueExpression)map.Elements[0];
            Assert.That(((LiteralExpression)first.Key).Value, Is.EqualTo("a"));
            var nested = (CollectionExpression)first.Value;
            Assert.That((nested.CollectionKind, nested.TypeText, nested.Elements.Count), Is.EqualTo((CollectionKind.List, "[]int", 2)));
            Assert.That(((KeyValueExpression)map.Elements[1]).Value, Is.TypeOf<LiteralExpression>());
            Assert.That((slice.CollectionKind, slice.TypeText), Is.EqualTo((CollectionKind.List, "[]*Item")));
            var elided = (CollectionExpression)slice.Elements[0];
            Assert.That((elided.CollectionKind, elided.TypeText), Is.EqualTo((CollectionKind.Composite, "*Item")));
            Assert.That(((KeyValueExpression)elided.Elements.Single()).Key, Is.TypeOf<NameExpression>());
            Assert.That(slice.Elements[1], Is.TypeOf<UnaryExpression>());
            Assert.That((array.CollectionKind, array.Elements.Count), Is.EqualTo((CollectionKind.List, 2)));
            Assert.That(address.Operator, Is.EqualTo("&"));
            var queue = (CollectionExpression)address.Operand;
            Assert.That((queue.CollectionKind, queue.TypeText), Is.EqualTo((CollectionKind.Composite, "Queue")));
            Assert.That(queue.Elements.Cast<KeyValueExpression>().Select(e => (e.Key.Text(), e.Value.Kind)),
                Is.EqualTo(new[] { ("items", IrKind.CollectionExpression), ("queue", IrKind.CollectionExpression) }));
        });
    }

    [Test]
    public void Function_literal_with_parameters_and_body()
    {
        var literal = (FunctionLiteral)GoSource.Expression("func(key string, n int) error {\n\treturn nil\n}");
        Assert.Multiple(() =>
        {
            Assert.That(literal.Parameters.Select(p => (p.Name, p.TypeText)), Is.EqualTo(new (string, string?)[] { ("key", "string"), ("n", "int") }));
            Assert.That(literal.Body.Statements.Single(), Is.TypeOf<ReturnStatement>());
            Assert.That(literal.Span.EndLine, Is.EqualTo(5));
        });
    }

    [Test]
    public void Types_as_expressions_in_conversions_make_and_new()
    {
        var make = (CallExpression)GoSource.Expression("make(map[string]int, 10)");
        var conversion = (CallExpression)GoSource.Expression("[]byte(s)");
        var channel = (CallExpression)GoSource.Expression("make(chan struct{})");
        var pointer = (CallExpression)GoSource.Expression("(*T)(p)");
        var @new = (CallExpression)GoSource.Expression("new(sync.Mutex)");
        Assert.Multiple(() =>
        {
            var type = (OtherExpression)make.Arguments[0].Value;
            Assert.That((type.Description, type.Text()), Is.EqualTo(("type", "map[string]int")));
            Assert.That(conversion.Callee.Text(), Is.EqualTo("[]byte"));
            Assert.That(channel.Arguments.Single().Value.Text(), Is.EqualTo("chan struct{}"));
            Assert.That(((UnaryExpression)pointer.Callee).Operator, Is.EqualTo("*"));
            Assert.That(@new.Arguments.Single().Value, Is.TypeOf<MemberAccess>());
        });
    }

    [Test]
    public void Literals_of_every_kind()
    {
        var values = new[] { "42", "0x_FF", "1.5e3", "2i", "'a'", "'\\n'", "\"s\"", "`raw`", "nil", "true", "false", "iota" }
            .Select(GoSource.Expression).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(values.Take(11).Cast<LiteralExpression>().Select(l => (l.LiteralKind, l.Value)), Is.EqualTo(new[]
            {
                (LiteralKind.Integer, "42"), (LiteralKind.Integer, "0x_FF"), (LiteralKind.Float, "1.5e3"), (LiteralKind.Imaginary, "2i"),
                (LiteralKind.Rune, "a"), (LiteralKind.Rune, "\n"), (LiteralKind.String, "s"), (LiteralKind.String, "raw"), (LiteralKind.Null, "nil"),
                (LiteralKind.Boolean, "true"), (LiteralKind.Boolean, "false"),
            }));
            Assert.That(values[11], Is.TypeOf<NameExpression>().With.Property("Name").EqualTo("iota"));
        });
    }

    [Test]
    public void Long_operator_and_call_chains_lower_without_deep_recursion()
    {
        var sum = string.Join(" + ", Enumerable.Range(0, 20_000).Select(i => "a"));
        var chain = "b" + string.Concat(Enumerable.Repeat(".X()", 5_000));
        var module = GoSource.Lower("package p\n\nvar s = " + sum + "\nvar c = " + chain + "\n");
        Assert.Multiple(() =>
        {
            Assert.That(module.All<BinaryExpression>(), Has.Count.EqualTo(19_999));
            Assert.That(module.All<CallExpression>(), Has.Count.EqualTo(5_000));
        });
    }
}
