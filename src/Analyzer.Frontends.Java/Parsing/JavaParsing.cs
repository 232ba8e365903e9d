using Analyzer.Core.Frontends;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Java.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Java.Parsing;

/// <summary>Parses one Java file into the ANTLR parse tree of <see cref="JavaParser.compilationUnit"/>, after
/// translating its Unicode escapes (<see cref="JavaUnicodeEscapes"/>).</summary>
internal static class JavaParsing
{
    /// <summary>Parses <paramref name="text"/> (SLL first, full LL only when that fails) within
    /// <paramref name="limits"/>; never throws for bad input. Offsets are the translated text's.</summary>
    public static AntlrParseResult<JavaParser.CompilationUnitContext> Parse(SourceText text, ParseLimits limits) =>
        AntlrParseDriver.Parse(
            Translated(text),
            limits,
            CreateLexer,
            tokens => new JavaParser(tokens, TextWriter.Null, TextWriter.Null),
            parser => parser.compilationUnit());

    /// <summary>Every token of <paramref name="text"/>, comments included (on the hidden channel).</summary>
    public static IList<IToken> Tokenize(SourceText text) => AntlrParseDriver.Tokenize(Translated(text), CreateLexer);

    private static SourceText Translated(SourceText text)
    {
        var (translated, _) = JavaUnicodeEscapes.Translate(text.Text);
        return ReferenceEquals(translated, text.Text) ? text : new SourceText(text.Path, translated);
    }

    private static JavaLexer CreateLexer(ICharStream input) => new(input, TextWriter.Null, TextWriter.Null);
}
