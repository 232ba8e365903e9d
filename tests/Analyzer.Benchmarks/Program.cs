using System.CommandLine;
using Analyzer.Benchmarks;

var trees = new Argument<string[]>("trees")
{
    Description = "Source trees to measure, each as NAME=DIRECTORY.",
    Arity = ArgumentArity.OneOrMore,
};
trees.Validators.Add(result =>
{
    foreach (var tree in result.GetValueOrDefault<string[]>() ?? [])
        if (TreeArgument.Problem(tree) is { } problem) result.AddError(problem);
});
var passes = new Option<int>("--passes")
{
    Description = "Measured passes per phase after the warm-up pass; each phase reports its fastest.",
    DefaultValueFactory = _ => 3,
};
passes.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int>() < 1) result.AddError("--passes must be 1 or more.");
});
var command = new RootCommand("Splits each frontend's single-threaded time over real trees into read, lex, parse and lower.")
{
    trees, passes,
};
command.SetAction(parsed =>
{
    foreach (var tree in parsed.GetValue(trees)!)
    {
        var (name, directory) = TreeArgument.Parse(tree);
        foreach (var language in LanguagePhases.All)
        {
            var files = Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(f => language.Frontend.FileExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList();
            if (files.Count == 0) continue;
            PhaseTable.Write(Console.Out, name, PhaseBenchmark.Run(language, files, parsed.GetValue(passes)));
        }
    }
    return 0;
});
return command.Parse(args).Invoke();
