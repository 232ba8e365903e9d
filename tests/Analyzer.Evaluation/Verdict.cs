namespace Analyzer.Evaluation;

/// <summary>What a person who read the code decided about one finding. <see cref="True"/>: another goroutine or thread
/// really can change the state between the check and the act, and nothing makes it safe. <see cref="TrueBenign"/>:
/// the race is real, but losing it is harmless. <see cref="False"/>: the race cannot happen, or in doubt.</summary>
public enum Verdict
{
    True,
    TrueBenign,
    False,
}

public static class Verdicts
{
    public static readonly IReadOnlyDictionary<string, Verdict> ByName = new Dictionary<string, Verdict>(StringComparer.Ordinal)
    {
        ["true"] = Verdict.True,
        ["true-benign"] = Verdict.TrueBenign,
        ["false"] = Verdict.False,
    };

    public static string NameOf(Verdict verdict) => ByName.Single(pair => pair.Value == verdict).Key;
}
