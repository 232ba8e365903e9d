using System.CommandLine;
using Analyzer.Benchmarks;

var trees = TreeArgument.Create();
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
var peerTrees = TreeArgument.Create();
var host = new Option<string>("--host") { Description = "The published host's toctou.dll.", Required = true };
var peersDirectory = new Option<string>("--peers") { Description = "The folder of the peer scripts, with tree-sitter installed in its node_modules.", Required = true };
var goParser = new Option<string>("--go-parser") { Description = "The built go/parser program (Peers/goparse).", Required = true };
var runs = new Option<int>("--runs") { Description = "Interleaved runs of every tool; each reports its median.", DefaultValueFactory = _ => 3 };
runs.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int>() < 1) result.AddError("--runs must be 1 or more.");
});
var peers = new Command("peers", "Times our parse and scan against tree-sitter, go/parser and CPython's ast over the same files, interleaved.")
{
    peerTrees, host, peersDirectory, goParser, runs,
};
peers.SetAction(parsed =>
{
    var tools = new PeerTools(parsed.GetValue(host)!, parsed.GetValue(peersDirectory)!, parsed.GetValue(goParser)!);
    foreach (var tree in parsed.GetValue(peerTrees)!)
    {
        var (name, directory) = TreeArgument.Parse(tree);
        if (PeerBenchmark.Run(Console.Out, tools, name, directory, parsed.GetValue(runs)) != 0) return 1;
    }
    return 0;
});
command.Subcommands.Add(peers);
var rescanTrees = TreeArgument.Create();
var rescanHost = new Option<string>("--host") { Description = "The published host's toctou.dll.", Required = true };
var rounds = new Option<int>("--runs") { Description = "Rounds of a cold, a warm and a touched scan; each kind reports its median.", DefaultValueFactory = _ => 3 };
rounds.Validators.Add(result =>
{
    if (result.GetValueOrDefault<int>() < 1) result.AddError("--runs must be 1 or more.");
});
var rescan = new Command("rescan", "Times a scan with a warm cache, and one after a file changed, against a cold scan of a copy of each tree.")
{
    rescanTrees, rescanHost, rounds,
};
rescan.SetAction(parsed =>
{
    foreach (var tree in parsed.GetValue(rescanTrees)!)
    {
        var (name, directory) = TreeArgument.Parse(tree);
        if (RescanBenchmark.Run(Console.Out, parsed.GetValue(rescanHost)!, name, directory, parsed.GetValue(rounds)) != 0) return 1;
    }
    return 0;
});
command.Subcommands.Add(rescan);
return command.Parse(args).Invoke();
