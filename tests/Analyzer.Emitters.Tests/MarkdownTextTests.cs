using Analyzer.Emitters.Markdown;

namespace Analyzer.Emitters.Tests;

[TestFixture]
public sealed class MarkdownTextTests
{
    [TestCase("s.items[key] = obj", "`s.items[key] = obj`")]
    [TestCase("  x := 1  ", "`x := 1`")]
    [TestCase("see `exists` here", "``see `exists` here``")]
    [TestCase("a ``b`` c", "```a ``b`` c```")]
    [TestCase("`edge`", "`` `edge` ``")]
    [TestCase("   ", "")]
    public void Inline_code_uses_a_fence_longer_than_any_backtick_run(string code, string expected) =>
        Assert.That(MarkdownText.InlineCode(code), Is.EqualTo(expected));

    [Test]
    public void A_fenced_block_outlasts_backtick_fences_in_its_code()
    {
        var block = MarkdownText.FencedBlock(["x := `raw`", "```", "y"], "go", "  ").ToList();
        Assert.That(block, Is.EqualTo(new[] { "  ````go", "  x := `raw`", "  ```", "  y", "  ````" }));
    }

    [Test]
    public void A_fenced_block_leaves_blank_lines_blank() =>
        Assert.That(MarkdownText.FencedBlock(["a", "", "b"], "", "  "), Is.EqualTo(new[] { "  ```", "  a", "", "  b", "  ```" }));

    [TestCase("plain words.", "plain words.")]
    [TestCase("the *Locked convention", "the \\*Locked convention")]
    [TestCase("reserve_username and select_for_update", "reserve_username and select_for_update")]
    [TestCase("self._lock and __init__", "self.\\_lock and \\_\\_init\\_\\_")]
    [TestCase("s.items[key](x) | y", "s.items\\[key](x) \\| y")]
    [TestCase("a <b> tag, 1 < 2, a && b, &amp;", "a \\<b> tag, 1 < 2, a && b, \\&amp;")]
    [TestCase("`code` and \\ back", "\\`code\\` and \\\\ back")]
    [TestCase("# not a heading", "\\# not a heading")]
    [TestCase("- not a list", "\\- not a list")]
    [TestCase("> not a quote", "\\> not a quote")]
    [TestCase("12. not a list", "12\\. not a list")]
    [TestCase("two\nlines", "two lines")]
    public void Escape_keeps_prose_literal(string text, string expected) =>
        Assert.That(MarkdownText.Escape(text), Is.EqualTo(expected));
}
