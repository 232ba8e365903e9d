using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Core.Tests.Support;
using Analyzer.Testing;
using Analyzer.Testing.Toy;

namespace Analyzer.Core.Tests.Engine;

[TestFixture]
public sealed class ScanCacheTests
{
    private static readonly AnalyzerEngine Engine = TestEngine.Create(new ToyFrontend(), new ToyCheckThenActRule(), new ToyUncheckedActRule());

    private static ScanResult Scan(TempTree tree, string cache, long maxFileSize = Core.Text.SourceText.DefaultMaxFileSize) =>
        Engine.Scan(new ScanRequest([tree.PathOf("src")], CacheFolder: cache, MaxFileSize: maxFileSize));

    private static TempTree TwoFolders()
    {
        var tree = new TempTree();
        tree.Write("src/a/a.toy", "func a {\n  act x\n}\n");
        tree.Write("src/b/b.toy", "func b {\n  check y; act y\n  frobnicate\n}\n");
        return tree;
    }

    // Everything a report is made of, as text, so two results compare whole.
    private static string[] Everything(ScanResult result) =>
    [
        .. result.Files.Select(f => f.ToString()),
        .. result.Diagnostics.Select(d => d.ToString()),
        .. result.Findings.Select(f => $"{f with { Related = [], CheckAct = null }} {string.Join(";", f.Related)} {Facts(f.CheckAct)} {f.Fingerprint}"),
    ];

    private static string Facts(CheckActFacts? facts) =>
        facts is null ? string.Empty : $"{facts with { Operations = [], Acts = [] }} {string.Join(";", facts.Operations)} {string.Join(";", facts.Acts)}";

    private static IEnumerable<string> Entries(string cache) =>
        Directory.Exists(cache) ? Directory.EnumerateFiles(cache, "*.json", SearchOption.AllDirectories) : [];

    [Test]
    public void An_unchanged_tree_comes_whole_from_the_cache_with_the_same_result()
    {
        using var tree = TwoFolders();
        var cache = tree.PathOf("cache");

        var uncached = Engine.Scan(new ScanRequest([tree.PathOf("src")]));
        var first = Scan(tree, cache);
        var second = Scan(tree, cache);

        Assert.Multiple(() =>
        {
            Assert.That(first.PackagesReused, Is.Zero);
            Assert.That(second.PackagesReused, Is.EqualTo(2));
            Assert.That(Everything(uncached), Is.Not.Empty);
            Assert.That(Everything(first), Is.EqualTo(Everything(uncached)));
            Assert.That(Everything(second), Is.EqualTo(Everything(uncached)));
        });
    }

    [Test]
    public void A_changed_file_has_only_its_folder_analysed_again()
    {
        using var tree = TwoFolders();
        var cache = tree.PathOf("cache");
        Scan(tree, cache);

        tree.Write("src/a/a.toy", "func a {\n  act x\n  act z\n}\n");
        var changed = Scan(tree, cache);

        Assert.Multiple(() =>
        {
            Assert.That(changed.PackagesReused, Is.EqualTo(1));
            Assert.That(changed.Findings.Where(f => f.Location.Path == "a/a.toy").Select(f => f.Location.StartLine), Is.EqualTo(new[] { 2, 3 }));
        });
    }

    [Test]
    public void Other_settings_make_other_keys()
    {
        using var tree = TwoFolders();
        var cache = tree.PathOf("cache");
        Scan(tree, cache);

        var tighter = Scan(tree, cache, maxFileSize: 3);

        Assert.Multiple(() =>
        {
            Assert.That(tighter.PackagesReused, Is.Zero);
            Assert.That(tighter.Diagnostics.Select(d => d.Message), Has.Some.Contains("more than the limit"));
        });
    }

    [Test]
    public void A_corrupt_entry_is_ignored_and_written_anew()
    {
        using var tree = TwoFolders();
        var cache = tree.PathOf("cache");
        var expected = Everything(Scan(tree, cache));
        foreach (var entry in Entries(cache)) File.WriteAllText(entry, "{\"Format\":1,\"Key\":");

        var afterCorruption = Scan(tree, cache);
        var afterRepair = Scan(tree, cache);

        Assert.Multiple(() =>
        {
            Assert.That(afterCorruption.PackagesReused, Is.Zero);
            Assert.That(Everything(afterCorruption), Is.EqualTo(expected));
            Assert.That(afterRepair.PackagesReused, Is.EqualTo(2));
        });
    }

    [Test]
    public void An_entry_written_for_another_key_is_never_trusted()
    {
        using var tree = new TempTree();
        tree.Write("src/a.toy", "func a {\n  act x\n}\n");
        var cache = tree.PathOf("cache");
        Scan(tree, cache);
        var oldEntry = Entries(cache).Single();
        tree.Write("src/a.toy", "func a {\n\n  act x\n}\n");
        Scan(tree, cache);
        var newEntry = Entries(cache).Single(e => e != oldEntry);
        File.Copy(oldEntry, newEntry, overwrite: true);

        var result = Scan(tree, cache);

        Assert.Multiple(() =>
        {
            Assert.That(result.PackagesReused, Is.Zero);
            Assert.That(result.Findings.Single().Location.StartLine, Is.EqualTo(3));
        });
    }

    [Test]
    public void A_cache_folder_that_cannot_be_written_leaves_the_scan_whole()
    {
        using var tree = TwoFolders();
        var blocked = tree.Write("cache", "a file where the folder should be");

        var result = Scan(tree, blocked);

        Assert.That(Everything(result), Is.EqualTo(Everything(Engine.Scan(new ScanRequest([tree.PathOf("src")])))));
    }

    [Test]
    public void Scans_sharing_a_cache_at_once_agree_and_leave_it_whole()
    {
        using var tree = new TempTree();
        for (var i = 0; i < 20; i++) tree.Write($"src/p{i}/f.toy", $"func f{i} {{\n  check x; act x\n  act y{i}\n}}\n");
        var cache = tree.PathOf("cache");
        var expected = Everything(Engine.Scan(new ScanRequest([tree.PathOf("src")])));

        var results = new ScanResult[4];
        Parallel.For(0, results.Length, i => results[i] = Scan(tree, cache));
        var after = Scan(tree, cache);

        Assert.Multiple(() =>
        {
            foreach (var result in results) Assert.That(Everything(result), Is.EqualTo(expected));
            Assert.That(after.PackagesReused, Is.EqualTo(20));
            Assert.That(Directory.EnumerateFiles(cache, "*.tmp", SearchOption.AllDirectories), Is.Empty);
        });
    }

    [Test]
    public void Entries_no_scan_used_for_a_month_are_pruned_and_used_ones_kept()
    {
        using var tree = new TempTree();
        tree.Write("src/b/b.toy", "func b {\n  act y\n}\n");
        var cache = tree.PathOf("cache");
        Scan(tree, cache);
        var unused = Entries(cache).Single();
        tree.Write("src/a/a.toy", "func a {\n  act x\n}\n");
        Scan(tree, cache);
        var used = Entries(cache).Single(e => e != unused);
        File.Delete(tree.PathOf("src/b/b.toy"));
        var monthAgo = DateTime.UtcNow.AddDays(-40);
        File.SetLastWriteTimeUtc(unused, monthAgo);
        File.SetLastWriteTimeUtc(used, monthAgo);
        File.SetLastWriteTimeUtc(Path.Combine(cache, "last-pruned"), DateTime.UtcNow.AddDays(-2));

        var result = Scan(tree, cache);

        Assert.Multiple(() =>
        {
            Assert.That(result.PackagesReused, Is.EqualTo(1));
            Assert.That(Entries(cache), Is.EqualTo(new[] { used }));
        });
    }
}
