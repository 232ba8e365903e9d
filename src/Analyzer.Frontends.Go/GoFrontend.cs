using Analyzer.Core.Frontends;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Go.Facts;
using Analyzer.Frontends.Go.Generated;
using Analyzer.Frontends.Go.Lowering;
using Analyzer.Frontends.Go.Parsing;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go;

/// <summary>
/// The Go frontend: parses a <c>.go</c> file with the ANTLR grammar in <c>grammars/go</c>, lowers the parse tree to
/// the shared IR and links it (what happens around those steps: <see cref="AntlrFrontend{TTree}"/>).
/// </summary>
public sealed class GoFrontend : AntlrFrontend<GoParser.SourceFileContext>
{
    private static readonly GoFacts SharedFacts = new();

    /// <inheritdoc />
    public override string LanguageId => "go";

    /// <inheritdoc />
    public override IReadOnlyList<string> FileExtensions { get; } = [".go"];

    /// <inheritdoc />
    public override CommentSyntax CommentSyntax { get; } = new("//");

    /// <inheritdoc />
    public override ILanguageFacts Facts => SharedFacts;

    /// <inheritdoc />
    public override bool IsGenerated(string head) => GoFileConventions.IsGenerated(head);

    /// <inheritdoc />
    public override bool IsTestCode(string path) => GoFileConventions.IsTestCode(path);

    /// <inheritdoc />
    protected override AntlrParseResult<GoParser.SourceFileContext> ParseTree(SourceText text, ParseLimits limits) => GoParsing.Parse(text, limits);

    /// <inheritdoc />
    protected override (Module Module, IReadOnlyList<ParseDiagnostic> Diagnostics) Lower(SourceText text, GoParser.SourceFileContext tree, IList<IToken> tokens) =>
        (new GoLowering(text, tokens).LowerFile(tree), []);
}
