using Analyzer.Core.Engine;
using Analyzer.Core.Tests.Support;
using Analyzer.Testing;
using Analyzer.Testing.Toy;

namespace Analyzer.Core.Tests.Engine;

[TestFixture]
public sealed class FileSelectionTests
{
    private static readonly AnalyzerEngine Engine = TestEngine.Create(new ToyFrontend(), new ToyUncheckedActRule());
    private const string Source = "func f {\n  act x\n}\n";

    private static TempTree Tree()
    {
        var tree = new TempTree();
        foreach (var path in new[]
                 {
                     "src/own.toy", "src/cmd/main.toy", "src/db/migrations/0001.toy",
                     "src/vendor/lib/a.toy", "src/vendor/lib/b.toy", "src/pkg/third_party/c.toy", "src/web/node_modules/d.toy",
                     "src/pkg/testdata/e.toy", "src/.git/f.toy", "src/pkg/.cache/g.toy",
                 })
            tree.Write(path, Source);
        tree.Write("src/vendor/readme.txt", "not a source file");
        return tree;
    }

    private static ScanResult Scan(TempTree tree, ScanRequest request) => Engine.Scan(request with { Paths = [tree.PathOf("src")] });

    [Test]
    public void By_default_vendored_third_party_node_modules_testdata_and_hidden_folders_are_left_out_and_counted()
    {
        using var tree = Tree();

        var result = Scan(tree, new ScanRequest([]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Files.Select(f => f.Path), Is.EqualTo(new[] { "cmd/main.toy", "db/migrations/0001.toy", "own.toy" }));
            Assert.That(result.Findings.Select(f => f.Location.Path).Distinct(), Is.EqualTo(new[] { "cmd/main.toy", "db/migrations/0001.toy", "own.toy" }));
            Assert.That(result.Excluded, Is.EqualTo(new[]
            {
                new ExcludedFiles("hidden folders", 2), new ExcludedFiles("node_modules/", 1), new ExcludedFiles("testdata/", 1),
                new ExcludedFiles("third_party/", 1), new ExcludedFiles("vendor/", 2),
            }));
        });
    }

    [Test]
    public void Without_the_defaults_every_folder_is_read()
    {
        using var tree = Tree();

        var result = Scan(tree, new ScanRequest([], DefaultExcludes: false));

        Assert.Multiple(() =>
        {
            Assert.That(result.Files, Has.Count.EqualTo(10));
            Assert.That(result.Excluded, Is.Empty);
        });
    }

    [Test]
    public void A_scanned_folder_is_read_whatever_its_own_name()
    {
        using var tree = Tree();

        var result = Engine.Scan(new ScanRequest([tree.PathOf("src/vendor")]));

        Assert.That(result.Files.Select(f => f.Path), Is.EqualTo(new[] { "lib/a.toy", "lib/b.toy" }));
    }

    [Test]
    public void Exclude_globs_leave_out_what_they_match_relative_to_the_scanned_folder()
    {
        using var tree = Tree();

        var result = Scan(tree, new ScanRequest([], Exclude: ["**/migrations/**", "cmd/*.toy"]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Files.Select(f => f.Path), Is.EqualTo(new[] { "own.toy" }));
            Assert.That(result.Excluded, Does.Contain(new ExcludedFiles("matched by an exclude glob", 2)));
        });
    }

    [Test]
    public void Include_globs_keep_only_what_they_match()
    {
        using var tree = Tree();

        var result = Scan(tree, new ScanRequest([], Include: ["cmd/**"]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Files.Select(f => f.Path), Is.EqualTo(new[] { "cmd/main.toy" }));
            Assert.That(result.Excluded, Does.Contain(new ExcludedFiles("not matched by an include glob", 2)));
        });
    }
}
