namespace Analyzer.SampleHost.Tests;

/// <summary>localize over two one-file repositories in a temporary folder, for tests of its checks rather than its report.</summary>
internal static class TinyRepositories
{
    /// <summary>A temporary folder with <c>kubernetes/a.go</c> and <c>django/app.py</c>.</summary>
    public static TempTree Create() => new TempTree().With("kubernetes/a.go", "package a\n").With("django/app.py", "x = 1\n");

    /// <summary>Runs localize over the two repositories of <paramref name="tree"/> with <paramref name="options"/>.</summary>
    public static HostRun Localize(TempTree tree, params string[] options) =>
        HostRun.InProcess(["localize", "--kubernetes", tree.PathOf("kubernetes"), "--django", tree.PathOf("django"), .. options]);
}
