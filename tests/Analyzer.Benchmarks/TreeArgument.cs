using System.CommandLine;

namespace Analyzer.Benchmarks;

/// <summary>A tree given on the command line as <c>NAME=DIRECTORY</c>.</summary>
internal static class TreeArgument
{
    /// <summary>The trees argument of a command: one or more, each checked.</summary>
    public static Argument<string[]> Create()
    {
        var trees = new Argument<string[]>("trees")
        {
            Description = "Source trees to measure, each as NAME=DIRECTORY.",
            Arity = ArgumentArity.OneOrMore,
        };
        trees.Validators.Add(result =>
        {
            foreach (var tree in result.GetValueOrDefault<string[]>() ?? [])
                if (Problem(tree) is { } problem) result.AddError(problem);
        });
        return trees;
    }

    /// <summary>What is wrong with <paramref name="argument"/> and what to give instead; null when it is usable.</summary>
    public static string? Problem(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0) return $"'{argument}' is not NAME=DIRECTORY; give each tree as, for example, django=/path/to/django";
        return Directory.Exists(argument[(equals + 1)..]) ? null : $"'{argument[(equals + 1)..]}' is not a directory; give an existing source tree after '='";
    }

    /// <summary>The name and directory of an argument that has no <see cref="Problem"/>.</summary>
    public static (string Name, string Directory) Parse(string argument)
    {
        var equals = argument.IndexOf('=', StringComparison.Ordinal);
        return (argument[..equals], argument[(equals + 1)..]);
    }
}
