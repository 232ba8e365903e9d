using Analyzer.Core.Frontends;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Python.Facts;
using Analyzer.Frontends.Python.Lowering;
using Analyzer.Frontends.Python.Parsing;

namespace Analyzer.Frontends.Python;

/// <summary>
/// The Python frontend: parses Python 3.12 source (the grammar in grammars/python), lowers the parse tree to the shared
/// IR, and supplies Python's concurrency facts (threading locks, DB cursors, Django transactions, os.path, caches).
/// </summary>
public sealed class PythonFrontend : ILanguageFrontend
{
    /// <inheritdoc />
    public string LanguageId => "python";

    /// <inheritdoc />
    public IReadOnlyList<string> FileExtensions { get; } = [".py"];

    /// <inheritdoc />
    public CommentSyntax CommentSyntax { get; } = new("#");

    /// <inheritdoc />
    public ILanguageFacts Facts { get; } = new PythonFacts();

    /// <inheritdoc />
    public ParsedFile Parse(SourceText text) => Parse(text, ParseLimits.Default);

    /// <inheritdoc />
    public ParsedFile Parse(SourceText text, ParseLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        var diagnostics = new List<ParseDiagnostic>();
        try
        {
            var parsed = PythonParsing.Parse(text, limits);
            diagnostics.AddRange(parsed.Diagnostics);
            if (parsed.Tree is null) return new ParsedFile(text, null, diagnostics);
            var lowering = new PythonLowering(text, parsed.Tokens);
            Core.Ir.Module module;
            try
            {
                module = lowering.LowerFile(parsed.Tree);
            }
            catch (Exception e) when (diagnostics.Count > 0 && e is not InsufficientExecutionStackException)
            {
                // The tree of a file with syntax errors holds what error recovery made of it; when that is beyond
                // lowering, the syntax errors already say what to fix.
                return new ParsedFile(text, null, diagnostics);
            }
            diagnostics.AddRange(lowering.Diagnostics);
            return new ParsedFile(text, module.Link(), diagnostics);
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.Add(AntlrParseDriver.TooDeepToLower(text));
            return new ParsedFile(text, null, diagnostics);
        }
    }

    /// <inheritdoc />
    public bool IsGenerated(string head) => PythonFileConventions.IsGenerated(head);

    /// <inheritdoc />
    public bool IsTestCode(string path) => PythonFileConventions.IsTestCode(path);
}
