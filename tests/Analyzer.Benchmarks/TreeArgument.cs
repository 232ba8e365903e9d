namespace Analyzer.Benchmarks;

/// <summary>A tree given on the command line as <c>NAME=DIRECTORY</c>.</summary>
internal static class TreeArgument
{
    public static (string Name, string Directory) Parse(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0 || !Directory.Exists(argument[(equals + 1)..]))
            throw new ArgumentException($"'{argument}' is not NAME=DIRECTORY with an existing directory; give each tree as, for example, django=/path/to/django");
        return (argument[..equals], argument[(equals + 1)..]);
    }
}
