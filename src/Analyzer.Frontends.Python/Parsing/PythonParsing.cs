using Analyzer.Core.Frontends;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Python.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Python.Parsing;

/// <summary>Parses one Python file into the ANTLR parse tree of <see cref="PythonParser.file_input"/>.</summary>
internal static class PythonParsing
{
    /// <summary>Parses <paramref name="text"/> (SLL first, full LL only when that fails) within
    /// <paramref name="limits"/>; never throws for bad input.</summary>
    public static AntlrParseResult<PythonParser.File_inputContext> Parse(SourceText text, ParseLimits limits) =>
        AntlrParseDriver.Parse(
            text,
            limits,
            CreateLexer,
            tokens => new PythonParser(tokens, TextWriter.Null, TextWriter.Null),
            parser => parser.file_input());

    /// <summary>Every token of <paramref name="text"/>, the parser's input.</summary>
    public static IList<IToken> Tokenize(SourceText text) => AntlrParseDriver.Tokenize(text, CreateLexer);

    private static PythonLexer CreateLexer(ICharStream input) => new(input, TextWriter.Null, TextWriter.Null);
}
