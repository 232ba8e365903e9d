using Analyzer.Core.Frontends;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Go.Generated;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go.Parsing;

/// <summary>Parses one Go file into the ANTLR parse tree of <see cref="GoParser.sourceFile"/>.</summary>
internal static class GoParsing
{
    /// <summary>Parses <paramref name="text"/> (SLL first, full LL only when that fails) within
    /// <paramref name="limits"/>; never throws for bad input.</summary>
    public static AntlrParseResult<GoParser.SourceFileContext> Parse(SourceText text, ParseLimits limits) =>
        AntlrParseDriver.Parse(
            text,
            limits,
            CreateLexer,
            tokens => new GoParser(tokens, TextWriter.Null, TextWriter.Null),
            parser => parser.sourceFile());

    /// <summary>Every token of <paramref name="text"/>, the parser's input.</summary>
    public static IList<IToken> Tokenize(SourceText text) => AntlrParseDriver.Tokenize(text, CreateLexer);

    private static GoLexer CreateLexer(ICharStream input) => new(input, TextWriter.Null, TextWriter.Null);
}
