using Analyzer.Core.Text;

namespace Analyzer.Benchmarks;

/// <summary>
/// Splits a frontend's time over one tree into reading, lexing, parsing and lowering. Each phase runs over every file
/// on one thread. One unmeasured pass of every phase comes first, so that compiling and tiering up the code is out of
/// the figures; of the measured passes each phase keeps its fastest (the least disturbed by the rest of the machine).
/// Parsing is lexing-and-parsing minus lexing, lowering is the whole frontend minus lexing-and-parsing.
/// </summary>
internal static class PhaseBenchmark
{
    public static PhaseSplit Run(LanguagePhases language, IReadOnlyList<string> paths, int passes)
    {
        SourceText[] texts = [];
        var read = PhaseCost.Measure(() => texts = paths.Select(path => SourceText.FromFile(path, path)).ToArray());

        var tokens = 0L;
        var unparsed = 0;
        PhaseCost lex = PhaseCost.Never, lexAndParse = PhaseCost.Never, whole = PhaseCost.Never;
        for (var pass = 0; pass <= passes; pass++)
        {
            tokens = 0;
            unparsed = 0;
            var thisLex = PhaseCost.Measure(() => { foreach (var text in texts) tokens += language.Lex(text); });
            var thisLexAndParse = PhaseCost.Measure(() => { foreach (var text in texts) if (!language.Parse(text)) unparsed++; });
            var thisWhole = PhaseCost.Measure(() => { foreach (var text in texts) language.Frontend.Parse(text); });
            if (pass == 0) continue;
            lex = PhaseCost.Faster(lex, thisLex);
            lexAndParse = PhaseCost.Faster(lexAndParse, thisLexAndParse);
            whole = PhaseCost.Faster(whole, thisWhole);
        }

        return new PhaseSplit(language.Frontend.LanguageId, texts.Length, texts.Sum(t => (long)t.LineCount), tokens, unparsed,
            [("read", read), ("lex", lex), ("parse", lexAndParse - lex), ("lower", whole - lexAndParse)]);
    }
}

/// <summary>The phases of one language over one tree.</summary>
internal sealed record PhaseSplit(string Language, int Files, long Lines, long Tokens, int Unparsed, IReadOnlyList<(string Phase, PhaseCost Cost)> Phases);
