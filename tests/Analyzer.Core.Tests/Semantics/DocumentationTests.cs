using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Analyzer.Testing.Toy;

namespace Analyzer.Core.Tests.Semantics;

[TestFixture]
public sealed class DocumentationTests
{
    private const string Source =
        "// Run runs the job.\n" +     // 1
        "// It is thread-safe.\n" +    // 2
        "func run {\n" +               // 3
        "  act x // trailing\n" +      // 4
        "}\n" +                        // 5
        "\n" +                         // 6
        "func bare {\n" +              // 7
        "}\n" +                        // 8
        "// Far above.\n" +            // 9
        "\n" +                         // 10
        "func far {\n" +               // 11
        "}\n";                         // 12

    private static Module Parse() => new ToyFrontend().Parse(new SourceText("a.toy", Source)).Module!;

    [Test]
    public void The_block_ending_on_the_line_above_is_the_documentation_joined_into_one_text()
    {
        var documentation = Documentation.Above(Parse(), 3);

        Assert.That(documentation?.Text, Is.EqualTo("Run runs the job. It is thread-safe."));
        Assert.That(documentation?.Where.Span.StartLine, Is.EqualTo(1));
    }

    [Test]
    public void A_comment_after_code_on_the_line_itself_counts()
    {
        Assert.That(Documentation.Above(Parse(), 4)?.Text, Is.EqualTo("trailing"));
    }

    [TestCase(7)]
    [TestCase(11)]
    public void A_line_with_no_comment_just_above_it_has_none(int line)
    {
        Assert.That(Documentation.Above(Parse(), line), Is.Null);
    }

    [Test]
    public void A_module_asked_many_times_gives_the_same_blocks_in_source_order()
    {
        var module = Parse();

        var first = CommentBlocks.Of(module).Select(CommentBlocks.Text).ToList();

        Assert.That(first, Is.EqualTo(new[] { "Run runs the job. It is thread-safe.", "trailing", "Far above." }));
        Assert.That(CommentBlocks.Of(module).Select(CommentBlocks.Text), Is.EqualTo(first));
    }

    [Test]
    public void A_comment_after_code_and_comments_alone_on_the_next_lines_are_two_blocks()
    {
        var module = new ToyFrontend().Parse(new SourceText("b.toy", "func a {\n  act x // after code\n  // alone\n\t// alone too\n}\n")).Module!;

        Assert.That(CommentBlocks.Of(module).Select(CommentBlocks.Text), Is.EqualTo(new[] { "after code", "alone alone too" }));
    }
}
