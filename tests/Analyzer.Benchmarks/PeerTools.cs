namespace Analyzer.Benchmarks;

/// <summary>Where the yardsticks and our published host are: the host's dll, the folder with the peer scripts (and
/// their node_modules) and the built go/parser program.</summary>
internal sealed record PeerTools(string Host, string PeersDirectory, string GoParser)
{
    /// <summary>The commands one measured run is made of, for a tree whose files of each language are listed in
    /// <paramref name="lists"/> (extension to list file): ours first, then each yardstick for each language it reads.</summary>
    public IEnumerable<(string Label, string FileName, string[] Arguments)> Commands(string directory, string sarif, IReadOnlyDictionary<string, string> lists)
    {
        yield return ("ours: toctou parse", "dotnet", [Host, "parse", directory, "--no-default-excludes"]);
        yield return ("ours: toctou scan (all rules, SARIF)", "dotnet", [Host, "scan", directory, "--format", "sarif", "--output", sarif, "--no-cache", "--no-default-excludes"]);
        var treeSitter = Path.Combine(PeersDirectory, "tree-sitter-parse.mjs");
        if (lists.TryGetValue(".go", out var go))
        {
            yield return ("tree-sitter (wasm, 2 workers): Go", "node", [treeSitter, Grammar("go"), go, "2"]);
            yield return ("go/parser: Go", GoParser, [go]);
        }
        if (lists.TryGetValue(".py", out var python))
        {
            yield return ("tree-sitter (wasm, 2 workers): Python", "node", [treeSitter, Grammar("python"), python, "2"]);
            yield return ("CPython ast.parse (one process): Python", "python3", [Path.Combine(PeersDirectory, "ast-parse.py"), python]);
        }
    }

    private string Grammar(string language) =>
        Path.Combine(PeersDirectory, "node_modules", $"tree-sitter-{language}", $"tree-sitter-{language}.wasm");
}
