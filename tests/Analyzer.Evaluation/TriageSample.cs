namespace Analyzer.Evaluation;

/// <summary>A seeded random draw of findings to triage next, the same for the same findings and seed: per corpus, the
/// untriaged in-scope findings in fingerprint order, shuffled by <see cref="Random"/> with the seed, first
/// <c>count</c> taken.</summary>
public static class TriageSample
{
    public static IReadOnlyList<ReportedFinding> Draw(IReadOnlyList<ReportedFinding> untriaged, int count, int seed) =>
        untriaged.GroupBy(f => f.Corpus)
            .SelectMany(g =>
            {
                var ordered = g.OrderBy(f => f.Fingerprint, StringComparer.Ordinal).ToArray();
                new Random(seed).Shuffle(ordered);
                return ordered.Take(count);
            })
            .ToList();
}
