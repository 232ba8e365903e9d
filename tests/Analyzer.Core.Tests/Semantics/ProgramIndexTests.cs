using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;

namespace Analyzer.Core.Tests.Semantics;

[TestFixture]
public sealed class ProgramIndexTests
{
    private static TypeSummary Type(string name, string path = "") =>
        new("toy", name, TypeDeclKind.Struct, [], [], new SourceSpan(path == "" ? $"{name}.toy" : path, 1, 1, 1, 1, 0, 0), SatisfiedImplicitly: false);

    [Test]
    public void A_type_name_is_the_nearest_declaration_of_it()
    {
        var index = new ProgramIndex();
        index.Add([Type("Worker", "a/tools/load.toy"), Type("Worker", "b/server/worker.toy"), Type("Worker", "b/server/quorum/elect.toy")], []);

        Assert.Multiple(() =>
        {
            Assert.That(index.TypeNamed("toy", "Worker", "b/server/quorum/peer.toy")!.Span.Path, Is.EqualTo("b/server/quorum/elect.toy"));
            Assert.That(index.TypeNamed("toy", "Worker", "b/server/quorum/flex/x.toy")!.Span.Path, Is.EqualTo("b/server/quorum/elect.toy"));
            Assert.That(index.TypeNamed("toy", "Worker", "b/server/x.toy")!.Span.Path, Is.EqualTo("b/server/worker.toy"));
            Assert.That(index.TypeNamed("toy", "Worker", "b/client/x.toy")!.Span.Path, Is.EqualTo("b/server/quorum/elect.toy"));
            Assert.That(index.TypeNamed("toy", "Worker", "c/x.toy")!.Span.Path, Is.EqualTo("a/tools/load.toy"));
        });
    }

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
