using Analyzer.Core.Ir;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Java.Generated;
using Analyzer.Frontends.Java.Parsing;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace Analyzer.Frontends.Java.Lowering;

/// <summary>
/// Lowers the parse tree of one Java file to the shared IR: one method per construct, split by area over the partial
/// files of this class (declarations, statements, expressions). Java reaches its object's fields and methods through an
/// implicit <c>this</c>; the IR has no such thing, so every method's receiver is named <c>this</c> and a bare name that
/// is no local, parameter or pattern variable but a field or method of an enclosing class becomes a member access on
/// it. A <c>synchronized</c> method is lowered as its body inside a <c>synchronized (this)</c> block (the class object
/// for a static one), and that block as a <see cref="WithStatement"/>: the lock is held for the body, whichever way it
/// ends. Spans point into the file as written, Unicode escapes included. The tree may come from error recovery, so a
/// missing part becomes an <see cref="OtherExpression"/> "missing" rather than an exception, and every recursive method
/// calls <see cref="AntlrParseDriver.GuardDepth"/>.
/// </summary>
internal sealed partial class JavaLowering
{
    /// <summary>The name every method's receiver has in the IR.</summary>
    public const string Receiver = "this";

    private readonly SourceText _text;
    private readonly IList<IToken> _tokens;
    // Where each character of the translated text began in the source; null when the file has no Unicode escape.
    private readonly int[]? _sourceOffsets;
    // The classes around the code being lowered, innermost last: the fields and methods a bare name can mean.
    private readonly List<ClassMembers> _classes = [];
    // The local names in scope, one set per block, innermost last.
    private readonly List<HashSet<string>> _locals = [];

    public JavaLowering(SourceText text, IList<IToken> tokens)
    {
        _text = text;
        _tokens = tokens;
        _sourceOffsets = JavaUnicodeEscapes.Translate(text.Text).SourceOffsets;
    }

    /// <summary>Lowers a whole file. The module is not linked yet.</summary>
    public Module LowerFile(JavaParser.CompilationUnitContext file)
    {
        var imports = new List<ImportDecl>();
        var body = new List<IrStatement>();
        var packageName = file.packageDeclaration()?.qualifiedName() is { } package ? TextOf(package) : null;
        foreach (var import in file.importDeclaration())
        {
            if (import.qualifiedName() is not { } name) continue;
            var path = TextOf(name) + (import.MUL() is not null ? ".*" : string.Empty);
            imports.Add(new ImportDecl(Span(import), path, import.STATIC() is not null ? "static" : null, []));
        }
        foreach (var declaration in file.topLevelDeclaration())
            if (declaration.typeDeclaration() is { } type && TypeDeclaration(type, Modifiers.Of(declaration.classOrInterfaceModifier())) is { } lowered)
                body.Add(lowered);
        return new Module(_text.Span(0, _text.Text.Length), "java", _text, packageName, imports, body, Comments());
    }

    /// <summary>Every comment token on the hidden channel, in order, without its delimiters.</summary>
    private List<Comment> Comments()
    {
        var comments = new List<Comment>();
        foreach (var token in _tokens)
        {
            if (token.Type is not (JavaLexer.LINE_COMMENT or JavaLexer.COMMENT)) continue;
            var text = token.Text ?? string.Empty;
            var content = token.Type == JavaLexer.LINE_COMMENT ? text[2..] : text.Length >= 4 ? text[2..^2] : string.Empty;
            comments.Add(new Comment(Span(token), content));
        }
        return comments;
    }

    // ------------------------------------------------------------------------------------------------------------
    // Names in scope

    /// <summary>The fields and methods a class declares, which its code reaches by bare name.</summary>
    private sealed record ClassMembers(string Name, HashSet<string> Fields, HashSet<string> Methods);

    private void Declare(string name)
    {
        if (_locals.Count == 0) _locals.Add([]);
        _locals[^1].Add(name);
    }

    private bool IsLocal(string name) => _locals.Any(scope => scope.Contains(name));

    /// <summary>Runs <paramref name="lower"/> with a new innermost block scope.</summary>
    private T InScope<T>(Func<T> lower)
    {
        _locals.Add([]);
        try
        {
            return lower();
        }
        finally
        {
            _locals.RemoveAt(_locals.Count - 1);
        }
    }

    /// <summary>True when a bare name, not a local, is a field (or, with <paramref name="method"/>, a method) of a class
    /// around the code.</summary>
    private bool IsMemberOfEnclosingClass(string name, bool method) =>
        _classes.Any(c => (method ? c.Methods : c.Fields).Contains(name));

    // ------------------------------------------------------------------------------------------------------------
    // Spans and text

    private SourceSpan Span(ParserRuleContext context)
    {
        var start = context.Start;
        var stop = context.Stop ?? start;
        if (start is null || start.StartIndex < 0) return _text.Span(0, 0);
        var end = stop is null || stop.Type == TokenConstants.EOF || stop.StopIndex < start.StartIndex ? start.StartIndex : stop.StopIndex + 1;
        return SourceSpan(start.StartIndex, end);
    }

    private SourceSpan Span(IToken token) =>
        token.Type == TokenConstants.EOF || token.StartIndex < 0
            ? _text.Span(_text.Text.Length, _text.Text.Length)
            : SourceSpan(token.StartIndex, token.StopIndex + 1);

    private SourceSpan Span(ITerminalNode node) => Span(node.Symbol);

    /// <summary>The span of translated offsets <paramref name="start"/> to <paramref name="end"/>, in the file as written.</summary>
    private SourceSpan SourceSpan(int start, int end)
    {
        if (_sourceOffsets is not { } offsets) return _text.Span(start, end);
        int At(int offset) => offsets[Math.Clamp(offset, 0, offsets.Length - 1)];
        return _text.Span(At(start), At(end));
    }

    /// <summary>The source text of a context, as the parser read it.</summary>
    private static string TextOf(ParserRuleContext context) =>
        context.Start is { } start && context.Stop is { } stop && stop.StopIndex >= start.StartIndex && start.InputStream is { } input
            ? input.GetText(new Antlr4.Runtime.Misc.Interval(start.StartIndex, stop.StopIndex))
            : context.GetText();

    /// <summary>A placeholder for a part the parser could not read (only after a syntax error).</summary>
    private OtherExpression Missing(ParserRuleContext? near) => new(near is null ? _text.Span(0, 0) : Span(near), "missing", []);
}
