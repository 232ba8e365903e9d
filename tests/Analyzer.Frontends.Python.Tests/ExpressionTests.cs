using Analyzer.Core.Ir;
using Analyzer.Frontends.Python.Tests.Support;

namespace Analyzer.Frontends.Python.Tests;

/// <summary>Expression shapes, operators and spans.</summary>
[TestFixture]
public sealed class ExpressionTests
{
    private static IrExpression E(string source) => PythonSource.Expression(source + "\n");

    [Test]
    public void A_call_has_keyword_and_unpacked_arguments()
    {
        var call = (CallExpression)E("obj.method(a, key=1, *rest, **opts)");
        Assert.Multiple(() =>
        {
            Assert.That(call.Callee, Is.InstanceOf<MemberAccess>().With.Property("Member").EqualTo("method"));
            Assert.That(((MemberAccess)call.Callee).Target, Is.InstanceOf<NameExpression>().With.Property("Name").EqualTo("obj"));
            Assert.That(call.Arguments.Select(a => (a.Name, a.Unpack, a.Value.Text())), Is.EqualTo(new[]
            {
                ((string?)null, 0, "a"), ("key", 0, "1"), (null, 1, "rest"), (null, 2, "opts"),
            }));
            Assert.That(call.Arguments[1].Text(), Is.EqualTo("key=1"));
            Assert.That((call.Span.StartColumn, call.Span.EndColumn), Is.EqualTo((1, 36)));
        });
    }

    [Test]
    public void Subscripts_are_index_expressions_and_slices_are_described()
    {
        var index = (IndexExpression)E("d[k][1:2, ::3]");
        Assert.Multiple(() =>
        {
            Assert.That(index.Target, Is.InstanceOf<IndexExpression>());
            Assert.That(((IndexExpression)index.Target).Indices.Single().Text(), Is.EqualTo("k"));
            Assert.That(index.Indices.Select(i => ((OtherExpression)i).Description), Is.EqualTo(new[] { "slice", "slice" }));
            Assert.That(((OtherExpression)index.Indices[0]).Items.Select(i => i.Text()), Is.EqualTo(new[] { "1", "2" }));
            Assert.That(index.Indices[1].Text(), Is.EqualTo("::3"));
        });
    }

    [TestCase("not x", "!")]
    [TestCase("-x", "-")]
    [TestCase("+x", "+")]
    [TestCase("~x", "~")]
    [TestCase("await x", "await")]
    public void Unary_operators(string source, string op)
    {
        var unary = (UnaryExpression)E(source);
        Assert.That((unary.Operator, unary.Operand.Text()), Is.EqualTo((op, "x")));
    }

    [TestCase("a and b", "&&")]
    [TestCase("a or b", "||")]
    [TestCase("a == b", "==")]
    [TestCase("a != b", "!=")]
    [TestCase("a < b", "<")]
    [TestCase("a <= b", "<=")]
    [TestCase("a > b", ">")]
    [TestCase("a >= b", ">=")]
    [TestCase("a in b", "in")]
    [TestCase("a not in b", "not in")]
    [TestCase("a is b", "is")]
    [TestCase("a is not b", "is not")]
    [TestCase("a % b", "%")]
    [TestCase("a // b", "//")]
    [TestCase("a ** b", "**")]
    [TestCase("a @ b", "@")]
    [TestCase("a << b", "<<")]
    [TestCase("a | b", "|")]
    [TestCase("a & b", "&")]
    [TestCase("a ^ b", "^")]
    public void Binary_operators_are_normalized(string source, string op)
    {
        var binary = (BinaryExpression)E(source);
        Assert.That((binary.Operator, binary.Left.Text(), binary.Right.Text()), Is.EqualTo((op, "a", "b")));
    }

    [Test]
    public void Boolean_chains_fold_left_and_precedence_holds()
    {
        var or = (BinaryExpression)E("a and b and c or not d + e * f");
        Assert.Multiple(() =>
        {
            Assert.That(or.Operator, Is.EqualTo("||"));
            var and = (BinaryExpression)or.Left;
            Assert.That((and.Operator, and.Left.Text(), and.Right.Text()), Is.EqualTo(("&&", "a and b", "c")));
            var not = (UnaryExpression)or.Right;
            Assert.That(not.Operand, Is.InstanceOf<BinaryExpression>().With.Property("Operator").EqualTo("+"));
            Assert.That(((BinaryExpression)not.Operand).Right.Text(), Is.EqualTo("e * f"));
            var power = (UnaryExpression)E("-x ** 2");
            Assert.That(power.Operand, Is.InstanceOf<BinaryExpression>().With.Property("Operator").EqualTo("**"));
        });
    }

    [Test]
    public void A_comparison_chain_is_a_conjunction_of_comparisons()
    {
        var chain = (BinaryExpression)E("a < b <= c");
        Assert.Multiple(() =>
        {
            Assert.That(chain.Operator, Is.EqualTo("&&"));
            Assert.That(chain.Text(), Is.EqualTo("a < b <= c"));
            var (left, right) = ((BinaryExpression)chain.Left, (BinaryExpression)chain.Right);
            Assert.That((left.Operator, left.Text()), Is.EqualTo(("<", "a < b")));
            Assert.That((right.Operator, right.Text()), Is.EqualTo(("<=", "b <= c")));
            Assert.That(left.Right, Is.Not.SameAs(right.Left), "each comparison has its own node for b");
            var three = (BinaryExpression)E("a == b == c == d");
            Assert.That(three.Left, Is.InstanceOf<BinaryExpression>().With.Property("Operator").EqualTo("&&"));
            Assert.That(three.Right.Text(), Is.EqualTo("c == d"));
        });
    }

    [Test]
    public void Conditional_walrus_and_starred_expressions()
    {
        var conditional = (ConditionalExpression)E("a if c else b");
        var walrus = (OtherExpression)((IfStatement)PythonSource.Lower("if (n := len(a)) > 10:\n    pass\n").Body[0]).Condition.First<OtherExpression>();
        Assert.Multiple(() =>
        {
            Assert.That((conditional.Condition.Text(), conditional.WhenTrue.Text(), conditional.WhenFalse.Text()), Is.EqualTo(("c", "a", "b")));
            Assert.That(walrus.Description, Is.EqualTo("named expression"));
            Assert.That(walrus.Items.Select(i => i.Text()), Is.EqualTo(new[] { "n", "len(a)" }));
            var list = (CollectionExpression)E("[*a, *b]");
            Assert.That(list.Elements.Select(e => ((UnaryExpression)e).Operator), Is.EqualTo(new[] { "*", "*" }));
        });
    }

    [Test]
    public void Displays_are_collections()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Kind(E("[1, 2]")), Is.EqualTo(CollectionKind.List));
            Assert.That(Kind(E("(1, 2)")), Is.EqualTo(CollectionKind.Tuple));
            Assert.That(Kind(E("1, 2")), Is.EqualTo(CollectionKind.Tuple));
            Assert.That(Kind(E("(1,)")), Is.EqualTo(CollectionKind.Tuple));
            Assert.That(Kind(E("()")), Is.EqualTo(CollectionKind.Tuple));
            Assert.That(Kind(E("{1, 2}")), Is.EqualTo(CollectionKind.Set));
            Assert.That(Kind(E("{}")), Is.EqualTo(CollectionKind.Dict));
            Assert.That(E("(x)"), Is.InstanceOf<NameExpression>());
            var dict = (CollectionExpression)E("{'a': 1, **rest}");
            Assert.That(dict.CollectionKind, Is.EqualTo(CollectionKind.Dict));
            Assert.That(dict.Elements[0], Is.InstanceOf<KeyValueExpression>());
            Assert.That(((KeyValueExpression)dict.Elements[0]).Key, Is.InstanceOf<LiteralExpression>().With.Property("Value").EqualTo("a"));
            Assert.That(dict.Elements[1], Is.InstanceOf<UnaryExpression>().With.Property("Operator").EqualTo("**"));
        });

        static CollectionKind Kind(IrExpression e) => ((CollectionExpression)e).CollectionKind;
    }

    [Test]
    public void Comprehensions_have_element_targets_iterables_and_conditions()
    {
        var list = (ComprehensionExpression)E("[x * y for x in a if x for y, z in b if y if z]");
        var dict = (ComprehensionExpression)E("{k: v for k, v in d.items()}");
        var set = (ComprehensionExpression)E("{x for x in a}");
        var generator = (ComprehensionExpression)E("(x for x in a)");
        var argument = (ComprehensionExpression)((CallExpression)E("sum(x for x in a)")).Arguments.Single().Value;
        Assert.Multiple(() =>
        {
            Assert.That(list.CollectionKind, Is.EqualTo(CollectionKind.List));
            Assert.That(list.Element.Text(), Is.EqualTo("x * y"));
            Assert.That(list.Targets.Select(t => t.Text()), Is.EqualTo(new[] { "x", "y", "z" }));
            Assert.That(list.Iterables.Select(t => t.Text()), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(list.Conditions.Select(t => t.Text()), Is.EqualTo(new[] { "x", "y", "z" }));
            Assert.That(dict.CollectionKind, Is.EqualTo(CollectionKind.Dict));
            Assert.That(dict.Element, Is.InstanceOf<KeyValueExpression>());
            Assert.That(set.CollectionKind, Is.EqualTo(CollectionKind.Set));
            Assert.That(generator.CollectionKind, Is.EqualTo(CollectionKind.Tuple));
            Assert.That(argument.CollectionKind, Is.EqualTo(CollectionKind.Tuple));
            Assert.That(argument.Text(), Is.EqualTo("x for x in a"));
        });
    }

    [TestCase("42", LiteralKind.Integer)]
    [TestCase("0x_ff", LiteralKind.Integer)]
    [TestCase("1_000", LiteralKind.Integer)]
    [TestCase("3.14", LiteralKind.Float)]
    [TestCase("1e10", LiteralKind.Float)]
    [TestCase("10j", LiteralKind.Imaginary)]
    [TestCase("1.5J", LiteralKind.Imaginary)]
    [TestCase("True", LiteralKind.Boolean)]
    [TestCase("False", LiteralKind.Boolean)]
    [TestCase("None", LiteralKind.Null)]
    [TestCase("...", LiteralKind.Ellipsis)]
    public void Literals_keep_their_text(string source, LiteralKind kind)
    {
        var literal = (LiteralExpression)E(source);
        Assert.That((literal.LiteralKind, literal.Value), Is.EqualTo((kind, source)));
    }

    [Test]
    public void Yield_and_yield_from()
    {
        var module = PythonSource.Lower("def g():\n    x = yield 1\n    yield from h()\n");
        var yields = module.All<OtherExpression>();
        Assert.That(yields.Select(y => (y.Description, y.Text())), Is.EqualTo(new[] { ("yield", "yield 1"), ("yield from", "yield from h()") }));
    }
}
