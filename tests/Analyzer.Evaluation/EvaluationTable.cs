using System.Globalization;

namespace Analyzer.Evaluation;

/// <summary>Writes an <see cref="EvaluationResult"/> as plain-text tables.</summary>
public static class EvaluationTable
{
    public static void Write(TextWriter output, EvaluationResult result)
    {
        output.WriteLine("Per corpus (in scope: outside vendored and test code; precision: true + true-benign over triaged)");
        WriteRows(output, result.Corpora, row => row.Corpus);
        output.WriteLine();
        output.WriteLine("Per rule");
        WriteRows(output, result.Rules, row => $"{row.Corpus} {row.RuleId}");
        output.WriteLine();
        output.WriteLine("False findings in scope, by the cause their verdict names");
        foreach (var corpus in result.FalseCauses.GroupBy(c => c.Corpus))
            output.WriteLine($"{corpus.Key.PadRight(10)} " + string.Join(", ", corpus.Select(c => $"{c.Cause} {c.Count}")));
        output.WriteLine();
        output.WriteLine($"In-scope findings without a verdict: {result.Untriaged.Count}"
                         + string.Concat(result.Untriaged.GroupBy(f => f.Corpus).Select(g => $"; {g.Key} {g.Count()}")));
        foreach (var finding in result.Untriaged) output.WriteLine($"  {finding.Corpus} {finding.Fingerprint} {finding.RuleId} {finding.Location}");
        if (result.Stale.Count > 0)
        {
            output.WriteLine($"Verdicts on findings no longer reported: {result.Stale.Count}");
            foreach (var entry in result.Stale) output.WriteLine($"  {entry.Corpus} {entry.Fingerprint} {entry.RuleId} {entry.Location} ({Verdicts.NameOf(entry.Verdict)})");
        }
    }

    private static void WriteRows(TextWriter output, IReadOnlyList<PrecisionRow> rows, Func<PrecisionRow, string> name)
    {
        var width = Math.Max(10, rows.Select(r => name(r).Length).DefaultIfEmpty(0).Max());
        output.WriteLine($"{"".PadRight(width)} findings in-scope triaged  true benign false precision false-messages");
        foreach (var row in rows)
        {
            var precision = row.Precision is { } p ? (p * 100).ToString("F1", CultureInfo.InvariantCulture) + " %" : "-";
            output.WriteLine($"{name(row).PadRight(width)} {row.Findings,8} {row.InScope,8} {row.Triaged,7} {row.True,5} {row.Benign,6} {row.False,5} {precision,9} {row.FalseMessages,14}");
        }
    }
}
