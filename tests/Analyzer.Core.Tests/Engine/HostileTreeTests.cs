using System.Diagnostics;
using Analyzer.Core.Engine;
using Analyzer.Core.Tests.Support;
using Analyzer.Core.Text;
using Analyzer.Testing;
using Analyzer.Testing.Toy;

namespace Analyzer.Core.Tests.Engine;

/// <summary>Trees an attacker or an unlucky machine hands the scan: special files, huge files, links, odd names, the
/// same file twice. Each is skipped or read once with a located diagnostic, and the rest of the scan is kept.</summary>
[TestFixture]
[CancelAfter(60_000)]
public sealed class HostileTreeTests
{
    private const string Racy = "func f {\n  act x\n}\n";

    private static AnalyzerEngine ToyEngine() => TestEngine.Create(new ToyFrontend(), new ToyUncheckedActRule());

    [Test]
    [Platform("Linux,MacOsX")]
    public void A_fifo_in_the_tree_is_skipped_with_a_diagnostic_and_does_not_hang_the_scan()
    {
        using var tree = new TempTree();
        tree.Write("a.toy", Racy);
        MakeFifo(tree.PathOf("pipe.toy"));

        var result = ToyEngine().Scan(new ScanRequest([tree.Root]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Select(f => f.Location.Path), Is.EqualTo(new[] { "a.toy" }));
            var diagnostic = result.Diagnostics.Single(d => d.Span.Path == "pipe.toy");
            Assert.That(diagnostic.Message, Does.StartWith("skipped: not a regular file (a FIFO)"));
        });
    }

    [Test]
    [Platform("Linux")]
    public void A_link_to_an_endless_device_given_as_a_path_is_skipped()
    {
        using var tree = new TempTree();
        var zero = tree.PathOf("x.toy");
        File.CreateSymbolicLink(zero, "/dev/zero");
        var good = tree.Write("a.toy", Racy);

        var result = ToyEngine().Scan(new ScanRequest([zero, good]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Select(f => f.Location.Path), Is.EqualTo(new[] { "a.toy" }));
            Assert.That(result.Diagnostics.Single(d => d.Span.Path == "x.toy").Message, Does.StartWith("skipped: not a regular file (a character device)"));
        });
    }

    [Test]
    public void A_sparse_file_past_the_default_limit_is_skipped_without_being_read()
    {
        using var tree = new TempTree();
        tree.Write("a.toy", Racy);
        using (var huge = File.Create(tree.PathOf("huge.toy"))) huge.SetLength(1536L * 1024 * 1024);

        var result = ToyEngine().Scan(new ScanRequest([tree.Root]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings, Has.Count.EqualTo(1));
            var diagnostic = result.Diagnostics.Single(d => d.Span.Path == "huge.toy");
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Warning));
            Assert.That(diagnostic.Message, Does.Contain("1,610,612,736 bytes, more than the limit of 10,485,760").And.Contain("--max-file-size"));
        });
    }

    [Test]
    public void The_size_limit_can_be_raised_or_lowered_per_scan()
    {
        using var tree = new TempTree();
        tree.Write("a.toy", Racy);

        var tight = ToyEngine().Scan(new ScanRequest([tree.Root], MaxFileSize: Racy.Length - 1));
        var exact = ToyEngine().Scan(new ScanRequest([tree.Root], MaxFileSize: Racy.Length));

        Assert.Multiple(() =>
        {
            Assert.That(tight.Findings, Is.Empty);
            Assert.That(tight.Diagnostics.Single().Message, Does.Contain("more than the limit of"));
            Assert.That(exact.Findings, Has.Count.EqualTo(1));
            Assert.That(exact.Diagnostics, Is.Empty);
        });
    }

    [Test]
    public void A_file_reached_twice_is_scanned_once()
    {
        using var tree = new TempTree();
        var file = tree.Write("sub/a.toy", Racy);

        var result = ToyEngine().Scan(new ScanRequest([tree.Root, tree.Root, file, tree.PathOf("sub")]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Files.Select(f => f.Path), Is.EqualTo(new[] { "sub/a.toy" }));
            Assert.That(result.Findings, Has.Count.EqualTo(1));
        });
    }

    [Test]
    [Platform("Linux,MacOsX")]
    public void A_backslash_in_a_folder_name_is_part_of_the_name()
    {
        using var tree = new TempTree();
        tree.Write("back\\slash/a.toy", Racy);

        var result = ToyEngine().Scan(new ScanRequest([tree.Root]));

        Assert.That(result.Findings.Single().Location.Path, Is.EqualTo("back\\slash/a.toy"));
    }

    [Test]
    public void Symbolic_links_inside_a_tree_are_not_followed_and_each_is_noted()
    {
        using var tree = new TempTree();
        tree.Write("real/a.toy", Racy);
        File.CreateSymbolicLink(tree.PathOf("alias.toy"), tree.PathOf("real/a.toy"));
        Directory.CreateSymbolicLink(tree.PathOf("loop"), tree.Root);

        var result = ToyEngine().Scan(new ScanRequest([tree.Root]));

        Assert.Multiple(() =>
        {
            Assert.That(result.Files.Select(f => f.Path), Is.EqualTo(new[] { "real/a.toy" }));
            Assert.That(result.Diagnostics.Select(d => (d.Span.Path, d.Severity)),
                Is.EquivalentTo(new[] { ("alias.toy", DiagnosticSeverity.Info), ("loop", DiagnosticSeverity.Info) }));
            Assert.That(result.Diagnostics.Select(d => d.Message), Has.All.StartWith("skipped: a symbolic link (to "));
        });
    }

    [Test]
    [Platform("Linux,MacOsX")]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void An_unreadable_folder_is_reported_and_the_walk_goes_on()
    {
        Assume.That(Environment.UserName, Is.Not.EqualTo("root"), "root reads every folder whatever its mode");
        using var tree = new TempTree();
        tree.Write("a.toy", Racy);
        tree.Write("closed/b.toy", Racy);
        File.SetUnixFileMode(tree.PathOf("closed"), UnixFileMode.None);
        try
        {
            var result = ToyEngine().Scan(new ScanRequest([tree.Root]));

            Assert.That(result.Findings.Select(f => f.Location.Path), Is.EqualTo(new[] { "a.toy" }));
            Assert.That(result.Diagnostics.Single().Message, Does.StartWith("cannot read this folder"));
        }
        finally
        {
            File.SetUnixFileMode(tree.PathOf("closed"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.That(mkfifo.ExitCode, Is.Zero, "mkfifo failed");
    }
}
