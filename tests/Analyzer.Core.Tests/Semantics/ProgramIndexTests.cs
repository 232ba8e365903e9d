using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;

namespace Analyzer.Core.Tests.Semantics;

[TestFixture]
public sealed class ProgramIndexTests
{
    private static TypeSummary Type(string name) =>
        new("toy", name, TypeDeclKind.Struct, [], [], new SourceSpan($"{name}.toy", 1, 1, 1, 1, 0, 0));

    private sealed record Names(IReadOnlyList<string> All);

    [Test]
    public void A_shared_view_is_built_once_for_every_rule_and_again_after_the_index_grows()
    {
        var index = new ProgramIndex();
        index.Add([Type("A")], []);
        var builds = 0;
        Names Build(ProgramIndex i)
        {
            builds++;
            return new Names(i.Types.Select(t => t.Name).ToList());
        }

        var first = index.Shared(Build);
        var second = index.Shared(Build);
        index.Add([Type("B")], []);
        var third = index.Shared(Build);

        Assert.Multiple(() =>
        {
            Assert.That(second, Is.SameAs(first));
            Assert.That(builds, Is.EqualTo(2));
            Assert.That(third.All, Is.EqualTo(new[] { "A", "B" }));
        });
    }
}
