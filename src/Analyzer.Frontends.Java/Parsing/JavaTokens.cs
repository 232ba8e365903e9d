using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Java.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Java.Parsing;

/// <summary>Splits Java source into tokens (JLS 21, chapter 3) after translating its Unicode escapes.</summary>
internal static class JavaTokens
{
    /// <summary>Every token of <paramref name="text"/>, comments included (on the hidden channel), in the translated
    /// text's offsets (<see cref="JavaUnicodeEscapes"/>).</summary>
    public static IList<IToken> Tokenize(SourceText text)
    {
        var (translated, _) = JavaUnicodeEscapes.Translate(text.Text);
        var source = ReferenceEquals(translated, text.Text) ? text : new SourceText(text.Path, translated);
        return AntlrParseDriver.Tokenize(source, input => new JavaLexer(input, TextWriter.Null, TextWriter.Null));
    }
}
