using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Python.Generated;

namespace Analyzer.Frontends.Python.Parsing;

/// <summary>Parses one Python file into the ANTLR parse tree of <see cref="PythonParser.file_input"/>.</summary>
internal static class PythonParsing
{
    /// <summary>Parses <paramref name="text"/> (SLL first, full LL only when that fails); never throws for bad input.</summary>
    public static AntlrParseResult<PythonParser.File_inputContext> Parse(SourceText text) =>
        AntlrParseDriver.Parse(
            text,
            input => new PythonLexer(input, TextWriter.Null, TextWriter.Null),
            tokens => new PythonParser(tokens, TextWriter.Null, TextWriter.Null),
            parser => parser.file_input());
}
