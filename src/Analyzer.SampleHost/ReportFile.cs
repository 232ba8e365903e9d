using System.Text;
using Analyzer.Core.Engine;
using Analyzer.Core.Text;

namespace Analyzer.SampleHost;

/// <summary>
/// The file a command writes its report to (<c>--output</c>). It is checked before any work starts, and written to a
/// temporary file in the same folder that is then renamed over it, so the file always holds one whole report: a run
/// that fails leaves the previous file as it was, and of two runs at once, the last to finish wins whole.
/// </summary>
internal sealed class ReportFile
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private readonly string _target;
    private readonly bool _isRegular;

    private ReportFile(string givenPath, string target, bool isRegular)
    {
        GivenPath = givenPath;
        _target = target;
        _isRegular = isRegular;
    }

    /// <summary>The path as the user gave it, for messages.</summary>
    public string GivenPath { get; }

    /// <summary>Checks that <paramref name="path"/> can take the report, or throws a <see cref="UserError"/> that says
    /// why not. A symbolic link is written through; a device or a pipe is written to as it is, since there is no file to
    /// replace.</summary>
    /// <param name="path">The value of --output.</param>
    /// <param name="inputs">The files and folders the command reads: the report may replace none of their files that
    /// the command reads (a file given by name, or a file under a folder with an extension <paramref name="engine"/> reads).</param>
    /// <param name="engine">The engine whose frontends say which files under a folder are read.</param>
    /// <param name="createFolder">True to create a missing folder; false to refuse it.</param>
    public static ReportFile Check(string path, IEnumerable<string> inputs, AnalyzerEngine engine, bool createFolder)
    {
        if (path.Length == 0)
            throw new UserError("--output is empty; give a file name, for example --output report.md.");
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full) || Path.EndsInDirectorySeparator(full))
            throw new UserError($"--output '{path}' is a directory; give a file name, for example {Path.Combine(path, "report.md")}.");
        if (File.Exists(full) && !RegularFile.Is(full)) return new ReportFile(path, full, isRegular: false);

        var target = Resolved(full);
        var readExtensions = engine.Frontends.SelectMany(f => f.FileExtensions).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var input in inputs.Select(Resolved))
        {
            var readsTarget = string.Equals(input, target, PathComparison)
                              || (Directory.Exists(input) && IsUnder(target, input) && readExtensions.Contains(Path.GetExtension(target)));
            if (readsTarget)
                throw new UserError($"--output '{path}' is a file the command reads; write the report elsewhere, for example to a .md file.");
        }
        RequireWritableFolder(path, Path.GetDirectoryName(target)!, createFolder);
        return new ReportFile(path, target, isRegular: true);
    }

    /// <summary>Writes the report: <paramref name="write"/> fills a temporary file that then replaces the target. If it
    /// throws, the temporary file is deleted and the target is left as it was.</summary>
    public void Write(Action<TextWriter> write)
    {
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        if (!_isRegular)
        {
            using var device = new StreamWriter(_target, append: false, encoding);
            write(device);
            return;
        }

        try
        {
            WholeFile.Replace(_target, stream =>
            {
                using var file = new StreamWriter(stream, encoding);
                write(file);
            });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError(CannotWrite(GivenPath, e.Message));
        }
    }

    private static void RequireWritableFolder(string path, string folder, bool create)
    {
        if (!create && !Directory.Exists(folder))
            throw new UserError($"the folder of --output '{path}' does not exist; create {folder} first or write elsewhere.");
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError(CannotWrite(path, e.Message));
        }
        try
        {
            // Tried now rather than found out after the scan; the file deletes itself.
            using var probe = new FileStream(Path.Combine(folder, $".toctou-{Guid.NewGuid():N}.tmp"), FileMode.CreateNew, FileAccess.Write,
                FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new UserError(CannotWrite(path, $"no file can be made in {folder}."));
        }
    }

    private static string CannotWrite(string path, string reason) =>
        $"cannot write the report to '{path}': {reason} Give --output a file in a folder you can write.";

    /// <summary>The full path, with a symbolic link at its end followed to the final target.</summary>
    private static string Resolved(string path)
    {
        var full = Path.GetFullPath(path);
        return new FileInfo(full).LinkTarget is null ? full : File.ResolveLinkTarget(full, returnFinalTarget: true)!.FullName;
    }

    private static bool IsUnder(string path, string folder) =>
        path.StartsWith(Path.TrimEndingDirectorySeparator(folder) + Path.DirectorySeparatorChar, PathComparison);
}
