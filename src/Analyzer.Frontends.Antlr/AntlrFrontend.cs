using Analyzer.Core.Frontends;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Antlr;

/// <summary>
/// A frontend whose grammar is an ANTLR grammar: it parses a file into <typeparamref name="TTree"/>, lowers the tree to
/// the IR and links it. What every such frontend does around those two steps lives here, so frontends cannot differ
/// in it: a file with syntax errors yields their diagnostics and, where ANTLR's recovered tree can be lowered, the IR
/// of what was read; a file nested too deeply to parse or lower yields one diagnostic; bad input never throws.
/// </summary>
/// <typeparam name="TTree">The parse tree of the grammar's start rule.</typeparam>
public abstract class AntlrFrontend<TTree> : ILanguageFrontend
    where TTree : ParserRuleContext
{
    /// <inheritdoc />
    public abstract string LanguageId { get; }

    /// <inheritdoc />
    public abstract IReadOnlyList<string> FileExtensions { get; }

    /// <inheritdoc />
    public abstract CommentSyntax CommentSyntax { get; }

    /// <inheritdoc />
    public abstract ILanguageFacts Facts { get; }

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
            var parse = ParseTree(text, limits);
            diagnostics.AddRange(parse.Diagnostics);
            if (parse.Tree is null) return new ParsedFile(text, null, diagnostics);
            var hadErrors = diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);
            try
            {
                var (module, loweringDiagnostics) = Lower(text, parse.Tree, parse.Tokens);
                diagnostics.AddRange(loweringDiagnostics);
                return new ParsedFile(text, module.Link(), diagnostics);
            }
            catch (Exception e) when (hadErrors && e is not InsufficientExecutionStackException)
            {
                // The recovered tree of a file with syntax errors can miss parts in ways the lowering does not expect;
                // the syntax errors already say what to fix.
                return new ParsedFile(text, null, diagnostics);
            }
        }
        catch (InsufficientExecutionStackException)
        {
            diagnostics.Add(AntlrParseDriver.TooDeepToLower(text));
            return new ParsedFile(text, null, diagnostics);
        }
    }

    /// <inheritdoc />
    public abstract bool IsGenerated(string head);

    /// <inheritdoc />
    public abstract bool IsTestCode(string path);

    /// <summary>Parses <paramref name="text"/> within <paramref name="limits"/> (with <see cref="AntlrParseDriver"/>);
    /// never throws for bad input.</summary>
    protected abstract AntlrParseResult<TTree> ParseTree(SourceText text, ParseLimits limits);

    /// <summary>Lowers a parse tree to an unlinked module, with any diagnostics the lowering has to add.</summary>
    protected abstract (Module Module, IReadOnlyList<ParseDiagnostic> Diagnostics) Lower(SourceText text, TTree tree, IList<IToken> tokens);
}
