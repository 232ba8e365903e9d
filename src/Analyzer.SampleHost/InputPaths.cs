namespace Analyzer.SampleHost;

/// <summary>Checks the paths a command was given before any work starts.</summary>
internal static class InputPaths
{
    /// <summary>Throws a <see cref="UserError"/> naming the first path that is neither a file nor a directory.</summary>
    public static IReadOnlyList<string> RequireExisting(IReadOnlyList<string>? paths)
    {
        if (paths is null || paths.Count == 0)
            throw new UserError("give at least one file or directory to read.");
        foreach (var path in paths)
        {
            if (!File.Exists(path) && !Directory.Exists(path))
                throw new UserError($"'{path}' does not exist; give an existing file or directory (paths are relative to {Environment.CurrentDirectory}).");
        }
        return paths;
    }
}
