using Analyzer.Core.Text;
using Analyzer.Frontends.Java.Generated;
using Analyzer.Frontends.Java.Parsing;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Java.Tests;

/// <summary>The Java lexer against the JLS 21 lexical grammar (chapter 3), one construct at a time.</summary>
[TestFixture]
public sealed class LexerTests
{
    private static List<(string Type, string Text)> Tokens(string source) =>
        JavaParsing.Tokenize(new SourceText("T.java", source))
            .Where(t => t.Type != TokenConstants.EOF && t.Channel == TokenConstants.DefaultChannel)
            .Select(t => (JavaLexer.DefaultVocabulary.GetSymbolicName(t.Type), t.Text))
            .ToList();

    private static List<string> Types(string source) => Tokens(source).Select(t => t.Type).ToList();

    [TestCase("0", "INTEGER_LITERAL")]
    [TestCase("1_000_000L", "INTEGER_LITERAL")]
    [TestCase("0x7fff_ffff", "INTEGER_LITERAL")]
    [TestCase("0b1010_1010", "INTEGER_LITERAL")]
    [TestCase("0_17", "INTEGER_LITERAL")]
    [TestCase("0777", "INTEGER_LITERAL")]
    [TestCase("1e10", "FLOATING_POINT_LITERAL")]
    [TestCase("1.", "FLOATING_POINT_LITERAL")]
    [TestCase(".5f", "FLOATING_POINT_LITERAL")]
    [TestCase("3.14_15D", "FLOATING_POINT_LITERAL")]
    [TestCase("2f", "FLOATING_POINT_LITERAL")]
    [TestCase("0x1.8p3", "FLOATING_POINT_LITERAL")]
    [TestCase("0x.8P-1f", "FLOATING_POINT_LITERAL")]
    [TestCase("'a'", "CHARACTER_LITERAL")]
    [TestCase(@"'\n'", "CHARACTER_LITERAL")]
    [TestCase(@"'\377'", "CHARACTER_LITERAL")]
    [TestCase(@"'\s'", "CHARACTER_LITERAL")]
    [TestCase(@"""a \""quoted\"" word\t""", "STRING_LITERAL")]
    [TestCase("true", "TRUE")]
    [TestCase("null", "NULL")]
    public void A_literal_is_one_token(string source, string type)
    {
        Assert.That(Tokens(source), Is.EqualTo(new[] { (type, source) }));
    }

    [Test]
    public void A_text_block_runs_from_its_opening_line_to_the_first_unescaped_triple_quote()
    {
        var block = "\"\"\"\n    <a href=\"x\">\"\"one\"\" \\\"\"\"</a>\\\n    \"\"\"";

        Assert.That(Tokens($"s = {block};"), Is.EqualTo(new[] { ("IDENTIFIER", "s"), ("ASSIGN", "="), ("TEXT_BLOCK", block), ("SEMI", ";") }));
    }

    [Test]
    public void Keywords_are_reserved_and_contextual_keywords_are_identifiers()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Types("synchronized volatile _ goto"), Is.EqualTo(new[] { "SYNCHRONIZED", "VOLATILE", "UNDERSCORE", "GOTO" }));
            Assert.That(Types("record var yield sealed permits when"), Is.All.EqualTo("IDENTIFIER"));
            Assert.That(Types("non-sealed"), Is.EqualTo(new[] { "IDENTIFIER", "SUB", "IDENTIFIER" }));
            Assert.That(Types("__ _x $ a$1 µs ünïcode"), Is.All.EqualTo("IDENTIFIER"));
        });
    }

    [Test]
    public void Closing_angle_brackets_are_single_tokens_so_nested_type_arguments_close()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Types("List<List<String>>"), Is.EqualTo(new[] { "IDENTIFIER", "LT", "IDENTIFIER", "LT", "IDENTIFIER", "GT", "GT" }));
            Assert.That(Types("a >>> 2"), Is.EqualTo(new[] { "IDENTIFIER", "GT", "GT", "GT", "INTEGER_LITERAL" }));
            Assert.That(Types("a >>= 1; b >>>= 2; c >= d"), Is.EqualTo(new[]
            {
                "IDENTIFIER", "RSHIFT_ASSIGN", "INTEGER_LITERAL", "SEMI", "IDENTIFIER", "URSHIFT_ASSIGN", "INTEGER_LITERAL", "SEMI",
                "IDENTIFIER", "GE", "IDENTIFIER",
            }));
        });
    }

    [Test]
    public void Separators_and_operators_take_the_longest_match()
    {
        Assert.That(Types("a -> b :: c ... d.e @ f -= g--"), Is.EqualTo(new[]
        {
            "IDENTIFIER", "ARROW", "IDENTIFIER", "COLONCOLON", "IDENTIFIER", "ELLIPSIS", "IDENTIFIER", "DOT", "IDENTIFIER", "AT",
            "IDENTIFIER", "SUB_ASSIGN", "IDENTIFIER", "DEC",
        }));
    }

    [Test]
    public void Comments_are_hidden_and_do_not_nest()
    {
        var all = JavaParsing.Tokenize(new SourceText("T.java", "a /* b /* c */ d // e */\n/** doc */ f"));

        Assert.Multiple(() =>
        {
            Assert.That(all.Where(t => t.Channel == TokenConstants.HiddenChannel).Select(t => t.Text),
                Is.EqualTo(new[] { "/* b /* c */", "// e */", "/** doc */" }));
            Assert.That(Types("a /* b /* c */ d // e */\n/** doc */ f"), Is.EqualTo(new[] { "IDENTIFIER", "IDENTIFIER", "IDENTIFIER" }));
        });
    }

    [Test]
    public void Unicode_escapes_are_translated_before_tokens_are_made()
    {
        Assert.Multiple(() =>
        {
            // \u0022 is a double quote: it ends the string, as javac reads it.
            Assert.That(Tokens("\"a\\u0022 + b"), Is.EqualTo(new[] { ("STRING_LITERAL", "\"a\""), ("ADD", "+"), ("IDENTIFIER", "b") }));
            Assert.That(Types("\\uuu0069nt x;"), Is.EqualTo(new[] { "INT", "IDENTIFIER", "SEMI" }));
            // An escaped backslash is not the start of an escape.
            Assert.That(Tokens("\"\\\\u0041\""), Is.EqualTo(new[] { ("STRING_LITERAL", "\"\\\\u0041\"") }));
        });
    }

    [Test]
    public void Translated_text_remembers_where_each_character_was()
    {
        var (text, offsets) = JavaUnicodeEscapes.Translate("a\\u0062c\\\\u0064");

        Assert.Multiple(() =>
        {
            Assert.That(text, Is.EqualTo("abc\\\\u0064"));
            Assert.That(offsets, Is.EqualTo(new[] { 0, 1, 7, 8, 9, 10, 11, 12, 13, 14, 15 }));
            Assert.That(JavaUnicodeEscapes.Translate("no escapes").SourceOffsets, Is.Null);
        });
    }
}
