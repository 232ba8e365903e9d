namespace Analyzer.Core.Text;

/// <summary>
/// Replaces a file whole: the content is written to a temporary file beside it (created new, so never through a file
/// or link someone else put at that name) and renamed over it, so a reader, a killed run or a second run at once never
/// sees half of it. If writing fails, the temporary file is deleted and the target is left as it was.
/// </summary>
public static class WholeFile
{
    /// <summary>Fills a temporary file beside <paramref name="path"/> with <paramref name="write"/>, then renames it
    /// over <paramref name="path"/>.</summary>
    /// <exception cref="IOException">The folder cannot be written or the rename fails.</exception>
    /// <exception cref="UnauthorizedAccessException">The folder or the target is not writable.</exception>
    public static void Replace(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
                write(stream);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temporary)) File.Delete(temporary);
        }
    }
}
