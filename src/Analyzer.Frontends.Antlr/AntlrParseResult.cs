using Analyzer.Core.Text;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>What one ANTLR parse produced: the tree (null when the file could not be parsed at all), every token
/// including the hidden-channel comments, and the syntax diagnostics.</summary>
public sealed record AntlrParseResult<TTree>(TTree? Tree, IList<IToken> Tokens, IReadOnlyList<ParseDiagnostic> Diagnostics)
    where TTree : ParserRuleContext;
