using System.Text;

namespace Analyzer.SampleHost.Tests;

/// <summary>Files far larger than real code, with the size limit raised so that only the token limit stands between
/// them and the memory: each scan runs as its own process under a GC heap limit of 768 MiB, a fraction of what the
/// analysis of such a file would take, and must end with the file skipped, located, and the rest of the report kept.</summary>
[TestFixture]
public sealed class LargeFileTests
{
    private const string HeapLimit = "0x30000000";

    private const string SplitLockRace = """
        package cache

        import "sync"

        type Cache struct {
        	mu    sync.Mutex
        	items map[string]int
        }

        func (c *Cache) Add(k string, v int) {
        	c.mu.Lock()
        	_, ok := c.items[k]
        	c.mu.Unlock()
        	if !ok {
        		c.mu.Lock()
        		c.items[k] = v
        		c.mu.Unlock()
        	}
        }
        """;

    [TestCase("one-line.py", "", "x=1; ", 4_000_000, "\n", TestName = "A 20 MB one-line Python file")]
    [TestCase("functions.go", "package big\n\n", "func f() int { x := 1; return x }\n", 1_500_000, "", TestName = "A 50 MB Go file of 1.5 million functions")]
    [TestCase("one-function.go", "package big\n\nfunc f() {\n", "x = 1; ", 2_900_000, "}\n", TestName = "A 20 MB one-line Go function")]
    public void A_file_of_more_tokens_than_the_limit_is_skipped_within_a_bounded_heap_and_the_scan_goes_on(
        string name, string head, string repeated, int times, string tail)
    {
        using var tree = new TempTree().With("cache/cache.go", SplitLockRace);
        WriteRepeated(tree.PathOf(Path.Combine("big", name)), head, repeated, times, tail);

        var run = HostRun.Executable(new Dictionary<string, string> { ["DOTNET_GCHeapHardLimit"] = HeapLimit },
            "scan", tree.Root, "--max-file-size", "100000000");

        Assert.That(run.ExitCode, Is.EqualTo(ExitCodes.ErrorFindings).Or.EqualTo(ExitCodes.Clean), run.ToString);
        Assert.That(run.Out, Does.Contain($"`big/{name}:").And.Contain($"skipped: the file has more than {1_000_000:N0} tokens"), run.ToString);
        Assert.That(run.Out, Does.Contain("cache/cache.go:").And.Contain("TOCTOU001"), "the other file's race is still reported\n" + run);
    }

    [TestCase("go", "package p\n\nvar x = 1\n", "var x = 1\n")]
    [TestCase("py", "", "x = 1\n")]
    public void Max_file_tokens_names_the_first_token_past_the_limit(string extension, string head, string line)
    {
        using var tree = new TempTree().With($"many.{extension}", head + string.Concat(Enumerable.Repeat(line, 100)));
        var tokensBefore = head.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries).Length;

        var tight = HostRun.AsShipped("scan", tree.Root, "--max-file-tokens", "50");
        var roomy = HostRun.AsShipped("scan", tree.Root, "--max-file-tokens", "1000");

        Assert.That(tight.Out, Does.Contain($"`many.{extension}:").And.Contain("more than 50 tokens"), tight.ToString);
        Assert.That(tight.Out, Does.Not.Contain($"`many.{extension}:1:1`"), "placed at the token past the limit, not at the file's start\n" + tight);
        Assert.That(roomy.Out, Does.Not.Contain("tokens"), roomy.ToString);
        Assert.That(tokensBefore, Is.LessThan(50), "the limit falls inside the repeated lines");
    }

    private static void WriteRepeated(string path, string head, string repeated, int times, string tail)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 1 << 20);
        writer.Write(head);
        for (var i = 0; i < times; i++) writer.Write(repeated);
        writer.Write(tail);
    }
}
