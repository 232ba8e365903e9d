namespace Analyzer.Core.Tests.Support;

/// <summary>A temporary folder of files for one test, deleted on dispose.</summary>
internal sealed class TempTree : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("analyzer-tests-");

    public string Root => _root.FullName;

    /// <summary>Writes <paramref name="content"/> to <paramref name="relativePath"/> (creating folders) and returns its full path.</summary>
    public string Write(string relativePath, string content)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public void Dispose() => _root.Delete(recursive: true);
}
