using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Go.Generated;

namespace Analyzer.Frontends.Go.Parsing;

/// <summary>Parses one Go file into the ANTLR parse tree of <see cref="GoParser.sourceFile"/>.</summary>
internal static class GoParsing
{
    /// <summary>Parses <paramref name="text"/> (SLL first, full LL only when that fails); never throws for bad input.</summary>
    public static AntlrParseResult<GoParser.SourceFileContext> Parse(SourceText text) =>
        AntlrParseDriver.Parse(
            text,
            input => new GoLexer(input, TextWriter.Null, TextWriter.Null),
            tokens => new GoParser(tokens, TextWriter.Null, TextWriter.Null),
            parser => parser.sourceFile());
}
