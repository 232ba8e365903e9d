namespace Analyzer.Core.Frontends;

/// <summary>How much of one file a frontend may take in. A parse tree and the IR cost memory in proportion to the
/// file's tokens (about 1 KB each while the file is analyzed), not to its bytes, so the bound that keeps memory in
/// check is a count of tokens; a file past it is skipped with a diagnostic after lexing at most that many.</summary>
/// <param name="MaxTokens">The most tokens (identifiers, literals, operators, comments) one file may have.</param>
public sealed record ParseLimits(int MaxTokens = ParseLimits.DefaultMaxTokens)
{
    /// <summary>The default token limit: about 1 GB of memory for one file, and more than half again the largest
    /// real file seen (a generated Google Compute API client of 6.9 MB in Kubernetes' vendor tree has 635,318).</summary>
    public const int DefaultMaxTokens = 1_000_000;

    /// <summary>The default limits.</summary>
    public static ParseLimits Default { get; } = new();
}
