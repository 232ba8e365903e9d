using System.Diagnostics;

namespace Analyzer.SampleHost.Tests;

/// <summary>A temporary folder of source files, deleted when disposed.</summary>
internal sealed class TempTree : IDisposable
{
    public TempTree()
    {
        Root = Path.Combine(Path.GetTempPath(), "toctou-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    /// <summary>The folder's full path.</summary>
    public string Root { get; }

    /// <summary>Writes <paramref name="text"/> to <paramref name="relativePath"/> under the root and returns the tree.</summary>
    public TempTree With(string relativePath, string text)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        return this;
    }

    /// <summary>Makes a named pipe (FIFO) at <paramref name="relativePath"/> under the root and returns the tree; the
    /// test is skipped where there is no <c>mkfifo</c>.</summary>
    public TempTree WithFifo(string relativePath)
    {
        Assume.That(OperatingSystem.IsWindows(), Is.False, "named pipes in the file system are a Unix thing");
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start("mkfifo", [path]);
        mkfifo.WaitForExit();
        Assume.That(mkfifo.ExitCode, Is.Zero, "mkfifo made the pipe");
        return this;
    }

    /// <summary>The full path of <paramref name="relativePath"/> under the root.</summary>
    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
