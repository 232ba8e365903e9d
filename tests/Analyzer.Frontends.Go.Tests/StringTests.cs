using Analyzer.Core.Ir;
using Analyzer.Frontends.Go.Lowering;
using Analyzer.Frontends.Go.Tests.Support;

namespace Analyzer.Frontends.Go.Tests;

/// <summary>String and rune decoding, and comments as trivia.</summary>
[TestFixture]
public sealed class StringTests
{
    [TestCase("\"plain\"", "plain")]
    [TestCase("\"a\\nb\\tc\"", "a\nb\tc")]
    [TestCase("\"q\\\"q\\\\\"", "q\"q\\")]
    [TestCase("\"\\a\\b\\f\\r\\v\"", "\a\b\f\r\v")]
    [TestCase("\"\\x41\\x42\"", "AB")]
    [TestCase("\"\\101\\102\"", "AB")]
    [TestCase("\"\\xc3\\xa9\"", "é")]
    [TestCase("\"\\u00e9\\U0001F600\"", "é\U0001F600")]
    [TestCase("\"\\xff\"", "\uFFFD")]
    [TestCase("\"日本語\"", "日本語")]
    [TestCase("`raw \\n $1`", "raw \\n $1")]
    [TestCase("`line1\r\nline2`", "line1\nline2")]
    [TestCase("'\\''", "'")]
    [TestCase("'\\x7f'", "\u007f")]
    [TestCase("'世'", "世")]
    public void Literal_values_are_decoded(string literal, string expected) =>
        Assert.That(GoStrings.Decode(literal), Is.EqualTo(expected));

    [Test]
    public void Sql_in_a_string_literal_reaches_the_ir_decoded()
    {
        var call = (CallExpression)GoSource.Expression("db.Exec(\"INSERT INTO t (k) VALUES ($1)\\n\", k)");
        var literal = (LiteralExpression)call.Arguments[0].Value;
        Assert.Multiple(() =>
        {
            Assert.That(literal.LiteralKind, Is.EqualTo(LiteralKind.String));
            Assert.That(literal.Value, Is.EqualTo("INSERT INTO t (k) VALUES ($1)\n"));
            Assert.That(literal.Text(), Is.EqualTo("\"INSERT INTO t (k) VALUES ($1)\\n\""));
        });
    }

    [Test]
    public void Comments_are_trivia_with_exact_spans_and_content_without_delimiters()
    {
        var module = GoSource.Lower("""
            // Package p does things.
            package p

            /* block
               comment */
            func f() { // trailing
            	x := 1 /* inline */ + 2
            	_ = x
            }
            //go:generate stringer
            """);
        var comments = module.Comments;
        Assert.Multiple(() =>
        {
            Assert.That(comments.Select(c => c.Content), Is.EqualTo(new[]
            {
                " Package p does things.", " block\n   comment ", " trailing", " inline ", "go:generate stringer",
            }));
            Assert.That(comments.Select(c => (c.Span.StartLine, c.Span.StartColumn, c.Span.EndLine, c.Span.EndColumn)), Is.EqualTo(new[]
            {
                (1, 1, 1, 26), (4, 1, 5, 14), (6, 12, 6, 23), (7, 9, 7, 21), (10, 1, 10, 23),
            }));
            Assert.That(comments[2].Text(), Is.EqualTo("// trailing"));
            Assert.That(module.Body.Single(), Is.TypeOf<FunctionDecl>());
        });
    }
}
