using Analyzer.Core.Frontends;
using Analyzer.Core.Text;
using Analyzer.Frontends.Go;
using Analyzer.Frontends.Go.Parsing;
using Analyzer.Frontends.Python;
using Analyzer.Frontends.Python.Parsing;

namespace Analyzer.Benchmarks;

/// <summary>One frontend cut into its phases: lexing alone, lexing and parsing, and the whole frontend (lexing,
/// parsing, lowering to the IR and linking it).</summary>
internal sealed record LanguagePhases(ILanguageFrontend Frontend, Func<SourceText, int> Lex, Func<SourceText, bool> Parse)
{
    public static IReadOnlyList<LanguagePhases> All { get; } =
    [
        new(new GoFrontend(), text => GoParsing.Tokenize(text).Count, text => GoParsing.Parse(text, ParseLimits.Default).Tree is not null),
        new(new PythonFrontend(), text => PythonParsing.Tokenize(text).Count, text => PythonParsing.Parse(text, ParseLimits.Default).Tree is not null),
    ];
}
