using Analyzer.Core.Ir;
using Analyzer.Frontends.Python.Tests.Support;

namespace Analyzer.Frontends.Python.Tests;

/// <summary>String literals decoded as Python reads them; SQL lives in them.</summary>
[TestFixture]
public sealed class StringTests
{
    private static IrExpression E(string source) => PythonSource.Expression(source + "\n");

    [Test]
    public void A_query_formatted_with_percent_is_a_binary_with_a_literal_left_and_a_tuple_right()
    {
        var binary = (BinaryExpression)E("'SELECT %s FROM %s WHERE %s = %%s' % (a, b, c)");
        Assert.Multiple(() =>
        {
            Assert.That(binary.Operator, Is.EqualTo("%"));
            Assert.That(binary.Left, Is.InstanceOf<LiteralExpression>());
            Assert.That(((LiteralExpression)binary.Left).Value, Is.EqualTo("SELECT %s FROM %s WHERE %s = %%s"));
            Assert.That(((LiteralExpression)binary.Left).LiteralKind, Is.EqualTo(LiteralKind.String));
            var tuple = (CollectionExpression)binary.Right;
            Assert.That(tuple.CollectionKind, Is.EqualTo(CollectionKind.Tuple));
            Assert.That(tuple.Elements.Select(e => e.Text()), Is.EqualTo(new[] { "a", "b", "c" }));
            Assert.That(tuple.Text(), Is.EqualTo("(a, b, c)"));
        });
    }

    [TestCase(@"'a\nb'", "a\nb")]
    [TestCase(@"'tab\there'", "tab\there")]
    [TestCase(@"'back\\slash'", "back\\slash")]
    [TestCase(@"'it\'s'", "it's")]
    [TestCase(@"""say \""hi\""""", "say \"hi\"")]
    [TestCase(@"'\x41\u00e9\U0001F600'", "Aé\U0001F600")]
    [TestCase(@"'\101\0'", "A\0")]
    [TestCase(@"'\N{BULLET}'", @"\N{BULLET}")]
    [TestCase(@"'unknown \d escape'", @"unknown \d escape")]
    [TestCase(@"r'raw \n \d'", @"raw \n \d")]
    [TestCase(@"R""C:\path\\""", @"C:\path\\")]
    [TestCase(@"u'unicode'", "unicode")]
    [TestCase("'''triple\n'quoted'\n'''", "triple\n'quoted'\n")]
    [TestCase("\"\"\"doc \\\nstring\"\"\"", "doc string")]
    [TestCase("''", "")]
    [TestCase("''''''", "")]
    public void Escapes_are_decoded(string source, string expected)
    {
        var literal = (LiteralExpression)E(source);
        Assert.That((literal.LiteralKind, literal.Value), Is.EqualTo((LiteralKind.String, expected)));
    }

    [Test]
    public void Bytes_literals()
    {
        var literal = (LiteralExpression)E(@"b'\x00\xff' rb'\n'");
        Assert.That((literal.LiteralKind, literal.Value), Is.EqualTo((LiteralKind.Bytes, "\0\u00ff\\n")));
    }

    [Test]
    public void Implicitly_concatenated_pieces_are_one_literal()
    {
        var literal = (LiteralExpression)E("('SELECT a '\n    \"FROM t \"\n    r'WHERE \\x')");
        Assert.Multiple(() =>
        {
            Assert.That(literal.Value, Is.EqualTo("SELECT a FROM t WHERE \\x"));
            Assert.That((literal.Span.StartLine, literal.Span.StartColumn, literal.Span.EndLine, literal.Span.EndColumn), Is.EqualTo((1, 2, 3, 16)));
        });
    }

    [Test]
    public void An_f_string_is_literal_parts_and_fields_in_order()
    {
        var interpolated = (InterpolatedString)E("'SELECT ' f\"{col} FROM {{t}} WHERE x = {x!r:>{width}}\" ' AND 1'");
        Assert.Multiple(() =>
        {
            Assert.That(interpolated.Parts.Select(p => p.GetType().Name), Is.EqualTo(new[]
            {
                "LiteralExpression", "NameExpression", "LiteralExpression", "OtherExpression", "LiteralExpression",
            }));
            Assert.That(((LiteralExpression)interpolated.Parts[0]).Value, Is.EqualTo("SELECT "));
            Assert.That(((LiteralExpression)interpolated.Parts[2]).Value, Is.EqualTo(" FROM {t} WHERE x = "));
            var formatted = (OtherExpression)interpolated.Parts[3];
            Assert.That(formatted.Items.Select(i => i.Text()), Is.EqualTo(new[] { "x", "width" }));
            Assert.That(((LiteralExpression)interpolated.Parts[4]).Value, Is.EqualTo(" AND 1"));
            Assert.That(interpolated.Parts[1].Text(), Is.EqualTo("col"));
        });
    }

    [Test]
    public void F_strings_nest_and_reuse_quotes()
    {
        var outer = (InterpolatedString)E("f\"{', '.join(f\"{k}={v!r}\" for k, v in items)} and {\"x\"}\"");
        Assert.Multiple(() =>
        {
            var call = (CallExpression)outer.Parts[0];
            var generator = (ComprehensionExpression)call.Arguments.Single().Value;
            var inner = (InterpolatedString)generator.Element;
            Assert.That(inner.Parts.Select(p => p.Text()), Is.EqualTo(new[] { "k", "=", "v" }));
            Assert.That(((LiteralExpression)outer.Parts[2]).Value, Is.EqualTo("x"));
        });
    }

    [Test]
    public void A_self_documenting_field_adds_its_text()
    {
        var interpolated = (InterpolatedString)E("f'{x = }'");
        Assert.That(interpolated.Parts.Select(p => p is LiteralExpression l ? l.Value : "<" + p.Text() + ">"), Is.EqualTo(new[] { "x = ", "<x>" }));
    }

    [Test]
    public void An_f_string_decodes_escapes_unless_raw()
    {
        var plain = (InterpolatedString)E(@"f'\t{x}\n'");
        var raw = (InterpolatedString)E(@"rf'\t{x}\n'");
        Assert.Multiple(() =>
        {
            Assert.That(((LiteralExpression)plain.Parts[0]).Value, Is.EqualTo("\t"));
            Assert.That(((LiteralExpression)plain.Parts[2]).Value, Is.EqualTo("\n"));
            Assert.That(((LiteralExpression)raw.Parts[0]).Value, Is.EqualTo(@"\t"));
        });
    }
}
