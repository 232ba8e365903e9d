using Analyzer.Core.Frontends;
using Analyzer.Core.Ir;
using Analyzer.Core.Text;

namespace Analyzer.Testing.Toy;

/// <summary>Reads a toy file line by line into the shared IR, with exact spans.</summary>
internal sealed class ToyParser(SourceText text)
{
    private const string Forms = "a toy statement is 'func NAME {', 'if NAME {', 'check NAME', 'act NAME' or '}'";

    private readonly string _s = text.Text;
    private readonly List<ParseDiagnostic> _diagnostics = [];
    private readonly List<Comment> _comments = [];
    private readonly List<IrStatement> _top = [];
    private readonly Stack<Frame> _open = new();

    /// <summary>An open <c>{</c>: the function or if it belongs to, and the statements read inside it so far.</summary>
    private sealed record Frame(bool IsFunction, int Start, int Brace, string Name, string? Owner, NameExpression? Condition)
    {
        public List<IrStatement> Statements { get; } = [];
    }

    private readonly record struct Word(string Text, int Start, int End);

    public ParsedFile Parse()
    {
        var start = 0;
        while (true)
        {
            var end = start;
            while (end < _s.Length && _s[end] is not ('\n' or '\r')) end++;
            ReadLine(start, end);
            if (end >= _s.Length) break;
            start = end + (_s[end] == '\r' && end + 1 < _s.Length && _s[end + 1] == '\n' ? 2 : 1);
        }
        while (_open.Count > 0)
        {
            var frame = _open.Peek();
            Diagnose(frame.Brace, frame.Brace + 1, $"'{{' of '{frame.Name}' is not closed: add '}}'");
            Close(_s.Length, _s.Length);
        }
        var module = new Module(text.Span(0, _s.Length), ToyFrontend.Language, text, null, [], _top, _comments).Link();
        return new ParsedFile(text, module, _diagnostics);
    }

    private void ReadLine(int start, int end)
    {
        var comment = _s.IndexOf("//", start, end - start, StringComparison.Ordinal);
        if (comment >= 0)
        {
            _comments.Add(new Comment(text.Span(comment, end), _s[(comment + 2)..end]));
            end = comment;
        }
        var from = start;
        for (var i = start; i <= end; i++)
        {
            if (i < end && _s[i] != ';') continue;
            ReadStatement(from, i);
            from = i + 1;
        }
    }

    private void ReadStatement(int start, int end)
    {
        var words = Words(start, end);
        if (words.Count == 0) return;
        var first = words[0];
        var stmtStart = first.Start;
        var stmtEnd = words[^1].End;
        switch (words.Select(w => w.Text).ToArray())
        {
            case ["}"]:
                if (_open.Count == 0) Diagnose(stmtStart, stmtEnd, "'}' closes nothing: remove it");
                else Close(stmtStart, stmtEnd);
                return;
            case ["func", var name, "{"] when IsQualifiedName(name):
                if (_open.Count > 0)
                {
                    Diagnose(stmtStart, stmtEnd, "a func cannot be inside another block: close the block with '}' first");
                    return;
                }
                var dot = name.IndexOf('.');
                _open.Push(new Frame(true, stmtStart, words[2].Start, dot < 0 ? name : name[(dot + 1)..], dot < 0 ? null : name[..dot], null));
                return;
            case ["if", var name, "{"] when IsName(name):
                if (!InsideFunction(stmtStart, stmtEnd)) return;
                _open.Push(new Frame(false, stmtStart, words[2].Start, "if " + name, null, new NameExpression(Span(words[1]), name)));
                return;
            case ["check" or "act", var name] when IsName(name):
                if (!InsideFunction(stmtStart, stmtEnd)) return;
                var span = text.Span(stmtStart, stmtEnd);
                var argument = new Argument(Span(words[1]), null, new NameExpression(Span(words[1]), name), 0);
                var call = new CallExpression(span, new NameExpression(Span(first), first.Text), [argument]);
                _open.Peek().Statements.Add(new ExpressionStatement(span, call));
                return;
            default:
                Diagnose(stmtStart, stmtEnd, $"cannot read '{_s[stmtStart..stmtEnd]}': {Forms}");
                return;
        }
    }

    private bool InsideFunction(int start, int end)
    {
        if (_open.Count > 0) return true;
        Diagnose(start, end, $"'{_s[start..end]}' is outside a function: put it inside 'func NAME {{ ... }}'");
        return false;
    }

    /// <summary>Closes the innermost open block with the '}' at [start, end).</summary>
    private void Close(int start, int end)
    {
        var frame = _open.Pop();
        var block = new Block(text.Span(frame.Brace, end), frame.Statements);
        var span = text.Span(frame.Start, end);
        IrStatement statement = frame.IsFunction
            ? new FunctionDecl(span, frame.Name, frame.Owner, null, [], block, [])
            : new IfStatement(span, null, frame.Condition!, block, null);
        if (_open.Count > 0) _open.Peek().Statements.Add(statement);
        else _top.Add(statement);
    }

    private List<Word> Words(int start, int end)
    {
        var words = new List<Word>();
        var i = start;
        while (i < end)
        {
            while (i < end && char.IsWhiteSpace(_s[i])) i++;
            if (i >= end) break;
            var from = i;
            while (i < end && !char.IsWhiteSpace(_s[i])) i++;
            words.Add(new Word(_s[from..i], from, i));
        }
        return words;
    }

    private SourceSpan Span(Word word) => text.Span(word.Start, word.End);

    private void Diagnose(int start, int end, string message) =>
        _diagnostics.Add(new ParseDiagnostic(text.Span(start, end), DiagnosticSeverity.Error, message));

    private static bool IsName(string s) =>
        s.Length > 0 && (char.IsLetter(s[0]) || s[0] == '_') && s.All(c => char.IsLetterOrDigit(c) || c == '_');

    private static bool IsQualifiedName(string s)
    {
        var parts = s.Split('.');
        return parts.Length <= 2 && parts.All(IsName);
    }
}
