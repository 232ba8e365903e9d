using Analyzer.Core.Tests.Support;
using Analyzer.Core.Text;

namespace Analyzer.Core.Tests.Text;

[TestFixture]
public sealed class SourceTextTests
{
    [TestCase("a\nbc\n\nd", new[] { "a", "bc", "", "d" }, TestName = "LF")]
    [TestCase("a\r\nbc\r\n\r\nd", new[] { "a", "bc", "", "d" }, TestName = "CRLF")]
    [TestCase("a\rbc\r\rd", new[] { "a", "bc", "", "d" }, TestName = "lone CR")]
    [TestCase("a\r\n\rbc\nd", new[] { "a", "", "bc", "d" }, TestName = "mixed terminators")]
    [TestCase("a\n", new[] { "a", "" }, TestName = "a final terminator starts an empty last line")]
    [TestCase("", new[] { "" }, TestName = "empty text has one line")]
    public void Lines_are_split_on_every_terminator(string text, string[] lines)
    {
        var source = new SourceText("f.go", text);

        Assert.That(source.LineCount, Is.EqualTo(lines.Length));
        Assert.That(Enumerable.Range(1, source.LineCount).Select(source.Line), Is.EqualTo(lines));
    }

    [Test]
    public void Line_out_of_range_is_empty()
    {
        var source = new SourceText("f.go", "a\nb");

        Assert.Multiple(() =>
        {
            Assert.That(source.Line(0), Is.Empty);
            Assert.That(source.Line(3), Is.Empty);
        });
    }

    [TestCase(0, 1)]
    [TestCase(2, 1, Description = "the terminator belongs to its line")]
    [TestCase(3, 2)]
    [TestCase(5, 2, Description = "the end of the text is on the last line")]
    public void LineOf_with_LF(int offset, int line) =>
        Assert.That(new SourceText("f.go", "ab\ncd").LineOf(offset), Is.EqualTo(line));

    [TestCase(2, 1)]
    [TestCase(3, 1, Description = "both characters of CRLF belong to the first line")]
    [TestCase(4, 2)]
    public void LineOf_with_CRLF(int offset, int line) =>
        Assert.That(new SourceText("f.go", "ab\r\ncd").LineOf(offset), Is.EqualTo(line));

    [Test]
    public void Span_on_one_line_has_1_based_columns_and_an_exclusive_end()
    {
        var span = new SourceText("f.go", "hello world").Span(6, 11);

        Assert.That(span, Is.EqualTo(new SourceSpan("f.go", 1, 7, 1, 12, 6, 11)));
    }

    [Test]
    public void Span_across_CRLF_lines()
    {
        // a0 b1 \r2 \n3 c4 d5 \r6 \n7 e8 f9
        var text = new SourceText("f.py", "ab\r\ncd\r\nef");

        Assert.Multiple(() =>
        {
            Assert.That(text.Span(4, 6), Is.EqualTo(new SourceSpan("f.py", 2, 1, 2, 3, 4, 6)));
            Assert.That(text.Span(1, 9), Is.EqualTo(new SourceSpan("f.py", 1, 2, 3, 2, 1, 9)));
            Assert.That(text.Slice(text.Span(1, 9)), Is.EqualTo("b\r\ncd\r\ne"));
        });
    }

    [Test]
    public void Span_across_lone_CR_lines()
    {
        var text = new SourceText("f.py", "ab\rcd\ref");

        Assert.That(text.Span(3, 7), Is.EqualTo(new SourceSpan("f.py", 2, 1, 3, 2, 3, 7)));
    }

    [Test]
    public void Empty_span_and_reversed_span_point_at_their_start()
    {
        var text = new SourceText("f.go", "ab\ncd");

        Assert.Multiple(() =>
        {
            Assert.That(text.Span(4, 4), Is.EqualTo(new SourceSpan("f.go", 2, 2, 2, 2, 4, 4)));
            Assert.That(text.Span(4, 1), Is.EqualTo(new SourceSpan("f.go", 2, 2, 2, 2, 4, 4)));
            Assert.That(text.Span(5, 5), Is.EqualTo(new SourceSpan("f.go", 2, 3, 2, 3, 5, 5)));
        });
    }

    [Test]
    public void Slice_clamps_to_the_text()
    {
        var text = new SourceText("f.go", "abc");

        Assert.That(text.Slice(new SourceSpan("f.go", 1, 2, 1, 10, 1, 10)), Is.EqualTo("bc"));
    }

    [Test]
    public void FromFile_drops_a_UTF8_BOM_so_columns_do_not_shift()
    {
        using var tree = new TempTree();
        var path = tree.PathOf("bom.py");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "ab\ncd"u8]);

        var text = SourceText.FromFile(path, "bom.py");

        Assert.Multiple(() =>
        {
            Assert.That(text.Text, Is.EqualTo("ab\ncd"));
            Assert.That(text.Path, Is.EqualTo("bom.py"));
            Assert.That(text.Span(0, 2), Is.EqualTo(new SourceSpan("bom.py", 1, 1, 1, 3, 0, 2)));
        });
    }

    [Test]
    public void FromFile_without_BOM_reads_UTF8()
    {
        using var tree = new TempTree();
        var path = tree.PathOf("plain.go");
        File.WriteAllBytes(path, "é\nb"u8.ToArray());

        var text = SourceText.FromFile(path, "plain.go");

        Assert.Multiple(() =>
        {
            Assert.That(text.Text, Is.EqualTo("é\nb"));
            Assert.That(text.LineCount, Is.EqualTo(2));
        });
    }

    [Test]
    public void FromFile_replaces_invalid_bytes()
    {
        using var tree = new TempTree();
        var path = tree.PathOf("bad.go");
        File.WriteAllBytes(path, [(byte)'a', 0xFF, (byte)'b']);

        Assert.That(SourceText.FromFile(path, "bad.go").Text, Is.EqualTo("a\uFFFDb"));
    }

    [Test]
    public void FromFile_reads_UTF16_after_its_byte_order_mark()
    {
        using var tree = new TempTree();
        var path = tree.PathOf("wide.py");
        File.WriteAllBytes(path, [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes("é\nb")]);

        Assert.That(SourceText.FromFile(path, "wide.py").Text, Is.EqualTo("é\nb"));
    }

    [Test]
    public void SourceSpan_union_and_contains()
    {
        var text = new SourceText("f.go", "ab\ncd\nef");
        var first = text.Span(0, 2);
        var last = text.Span(6, 8);

        var union = last.Union(first);

        Assert.Multiple(() =>
        {
            Assert.That(union, Is.EqualTo(text.Span(0, 8)));
            Assert.That(union.Contains(first), Is.True);
            Assert.That(first.Contains(last), Is.False);
            Assert.That(union.ToString(), Is.EqualTo("f.go:1:1"));
        });
    }
}
