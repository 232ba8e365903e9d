using Analyzer.Core.Semantics;
using Analyzer.Frontends.Go.Tests.Support;

namespace Analyzer.Frontends.Go.Tests;

[TestFixture]
public sealed class ScratchDebug
{
    [Test]
    public void Dump()
    {
        var src = System.IO.File.ReadAllText("/work/main/tests/Analyzer.Rules.Toctou.Tests/Recall/Go/containerd_pull_image_update_then_create/racy.go");
        var frontend = new GoFrontend();
        var package = new PackageModel("go", frontend.Facts, [GoSource.Lower(src)]);
        foreach (var name in new[] { "Update", "Create", "Pull" })
        {
            var f = package.Functions.First(x => x.Name == name);
            var s = package.SummaryOf(f);
            TestContext.Out.WriteLine($"== {name} reads={string.Join(";", s.Reads.Select(r => r.Resource.Key + "/" + r.Resource.Kind))} writes={string.Join(";", s.Writes.Select(r => r.Resource.Key + "/" + r.Resource.Kind + "/re=" + r.Rechecked + "/ref=" + r.RefusesWhenTaken))}");
            foreach (var a in package.ModelOf(f).Accesses)
                TestContext.Out.WriteLine($"  {a.Effect.Kind} {a.Resource?.Key}/{a.Resource?.Kind} guards={a.Guards.Count} greads={string.Join(",", a.Guards.SelectMany(g => g.Reads).Select(r => r.Resource?.Key))} node={a.Effect.Node.SourceCode}");
        }
    }
}
