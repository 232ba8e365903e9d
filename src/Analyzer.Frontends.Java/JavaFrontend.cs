using Analyzer.Core.Frontends;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Java.Facts;
using Analyzer.Frontends.Java.Generated;
using Analyzer.Frontends.Java.Lowering;
using Analyzer.Frontends.Java.Parsing;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Java;

/// <summary>
/// The Java frontend: parses a <c>.java</c> file with the ANTLR grammar in <c>grammars/java</c> (after translating its
/// Unicode escapes), lowers the parse tree to the shared IR and links it (what happens around those steps:
/// <see cref="AntlrFrontend{TTree}"/>).
/// </summary>
public sealed class JavaFrontend : AntlrFrontend<JavaParser.CompilationUnitContext>
{
    private static readonly JavaFacts SharedFacts = new();

    /// <inheritdoc />
    public override string LanguageId => "java";

    /// <inheritdoc />
    public override IReadOnlyList<string> FileExtensions { get; } = [".java"];

    /// <inheritdoc />
    public override CommentSyntax CommentSyntax { get; } = new("//");

    /// <inheritdoc />
    public override ILanguageFacts Facts => SharedFacts;

    /// <inheritdoc />
    public override bool IsGenerated(string head) => JavaFileConventions.IsGenerated(head);

    /// <inheritdoc />
    public override bool IsTestCode(string path) => JavaFileConventions.IsTestCode(path);

    /// <inheritdoc />
    protected override AntlrParseResult<JavaParser.CompilationUnitContext> ParseTree(SourceText text, ParseLimits limits) => JavaParsing.Parse(text, limits);

    /// <inheritdoc />
    protected override (Module Module, IReadOnlyList<ParseDiagnostic> Diagnostics) Lower(SourceText text, JavaParser.CompilationUnitContext tree, IList<IToken> tokens) =>
        (new JavaLowering(text, tokens).LowerFile(tree), []);
}
