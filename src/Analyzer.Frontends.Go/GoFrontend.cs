using Analyzer.Core.Frontends;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Go.Facts;
using Analyzer.Frontends.Go.Lowering;
using Analyzer.Frontends.Go.Parsing;

namespace Analyzer.Frontends.Go;

/// <summary>
/// The Go frontend: parses a <c>.go</c> file with the ANTLR grammar in <c>grammars/go</c>, lowers the parse tree to
/// the shared IR and links it. A file with syntax errors yields their diagnostics and, where ANTLR's recovered tree
/// can be lowered, the IR of what was read; a file nested too deeply to parse or lower yields one diagnostic.
/// </summary>
public sealed class GoFrontend : ILanguageFrontend
{
    private static readonly GoFacts SharedFacts = new();

    /// <inheritdoc />
    public string LanguageId => "go";

    /// <inheritdoc />
    public IReadOnlyList<string> FileExtensions { get; } = [".go"];

    /// <inheritdoc />
    public CommentSyntax CommentSyntax { get; } = new("//");

    /// <inheritdoc />
    public ILanguageFacts Facts => SharedFacts;

    /// <inheritdoc />
    public ParsedFile Parse(SourceText text) => Parse(text, ParseLimits.Default);

    /// <inheritdoc />
    public ParsedFile Parse(SourceText text, ParseLimits limits)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(limits);
        var parse = GoParsing.Parse(text, limits);
        var diagnostics = parse.Diagnostics.ToList();
        if (parse.Tree is null) return new ParsedFile(text, null, diagnostics);
        var hadErrors = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
        try
        {
            var module = new GoLowering(text, parse.Tokens).LowerFile(parse.Tree);
            module.Link();
            return new ParsedFile(text, module, diagnostics);
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.Add(AntlrParseDriver.TooDeepToLower(text));
            return new ParsedFile(text, null, diagnostics);
        }
        catch (Exception) when (hadErrors)
        {
            // The recovered tree of a file with syntax errors can miss parts in ways the lowering does not expect;
            // the syntax errors already say what is wrong.
            return new ParsedFile(text, null, diagnostics);
        }
    }

    /// <inheritdoc />
    public bool IsGenerated(string head) => GoFileConventions.IsGenerated(head);

    /// <inheritdoc />
    public bool IsTestCode(string path) => GoFileConventions.IsTestCode(path);
}
