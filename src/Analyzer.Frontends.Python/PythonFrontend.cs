using Analyzer.Core.Frontends;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Python.Facts;
using Analyzer.Frontends.Python.Generated;
using Analyzer.Frontends.Python.Lowering;
using Analyzer.Frontends.Python.Parsing;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Python;

/// <summary>
/// The Python frontend: parses Python 3.12 source (the grammar in grammars/python), lowers the parse tree to the shared
/// IR (what happens around those steps: <see cref="AntlrFrontend{TTree}"/>), and supplies Python's concurrency facts
/// (threading locks, DB cursors, Django transactions, os.path, caches).
/// </summary>
public sealed class PythonFrontend : AntlrFrontend<PythonParser.File_inputContext>
{
    /// <inheritdoc />
    public override string LanguageId => "python";

    /// <inheritdoc />
    public override IReadOnlyList<string> FileExtensions { get; } = [".py"];

    /// <inheritdoc />
    public override CommentSyntax CommentSyntax { get; } = new("#");

    /// <inheritdoc />
    public override ILanguageFacts Facts { get; } = new PythonFacts();

    /// <inheritdoc />
    public override bool IsGenerated(string head) => PythonFileConventions.IsGenerated(head);

    /// <inheritdoc />
    public override bool IsTestCode(string path) => PythonFileConventions.IsTestCode(path);

    /// <inheritdoc />
    protected override AntlrParseResult<PythonParser.File_inputContext> ParseTree(SourceText text, ParseLimits limits) => PythonParsing.Parse(text, limits);

    /// <inheritdoc />
    protected override (Module Module, IReadOnlyList<ParseDiagnostic> Diagnostics) Lower(SourceText text, PythonParser.File_inputContext tree, IList<IToken> tokens)
    {
        var lowering = new PythonLowering(text, tokens);
        var module = lowering.LowerFile(tree);
        return (module, lowering.Diagnostics);
    }
}
