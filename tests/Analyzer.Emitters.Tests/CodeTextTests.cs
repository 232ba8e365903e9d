using Analyzer.Core.Text;
using Analyzer.Emitters.Reporting;

namespace Analyzer.Emitters.Tests;

[TestFixture]
public sealed class CodeTextTests
{
    [Test]
    public void Lines_accepts_every_line_end_and_drops_the_final_one() =>
        Assert.That(CodeText.Lines("a\r\nb\rc\n"), Is.EqualTo(new[] { "a", "b", "c" }));

    [Test]
    public void Dedent_removes_only_the_shared_indentation() =>
        Assert.That(CodeText.Dedent(["\t\tif x {", "", "\t\t\ty()", "\t\t}"]), Is.EqualTo(new[] { "if x {", "", "\ty()", "}" }));

    [Test]
    public void Span_text_cuts_one_line_by_columns()
    {
        var text = new SourceText("a.go", "x\n\ts.items[key] = obj\n");
        var span = text.Span(3, 3 + "s.items[key] = obj".Length);
        Assert.That(CodeText.SpanText(text.Line(2), span), Is.EqualTo("s.items[key] = obj"));
    }

    [Test]
    public void Span_text_cuts_several_lines()
    {
        var text = new SourceText("a.py", "try:\n    f()\nexcept E:\n    pass\n");
        var start = text.Text.IndexOf("f()", StringComparison.Ordinal);
        var end = text.Text.IndexOf("except", StringComparison.Ordinal) + "except".Length;
        var span = text.Span(start, end);
        Assert.That(CodeText.SpanText("    f()\nexcept E:", span), Is.EqualTo("f()\nexcept"));
    }

    [Test]
    public void Span_text_is_null_when_the_code_does_not_fit_the_span()
    {
        var span = new SourceSpan("a.go", 3, 5, 3, 40, 0, 0);
        Assert.That(CodeText.SpanText("short", span), Is.Null);
        Assert.That(CodeText.SpanText("one\ntwo", span), Is.Null);
    }
}
