using System.Text;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace Analyzer.Frontends.Antlr;

/// <summary>
/// Base of every generated parse-tree context (the grammars' <c>contextSuperClass</c>). The runtime's child lookups
/// enumerate the child list through <see cref="IList{T}"/>, which allocates an enumerator per call; lowering calls
/// them millions of times per corpus, so these index the list instead. Results are the runtime's, allocation aside.
/// </summary>
public class IndexedRuleContext : ParserRuleContext
{
    /// <summary>Creates a context without a parent (the generated code's alternative-label copies).</summary>
    public IndexedRuleContext()
    {
    }

    /// <summary>Creates the context of a rule invoked from <paramref name="parent"/>.</summary>
    public IndexedRuleContext(ParserRuleContext parent, int invokingStateNumber)
        : base(parent, invokingStateNumber)
    {
    }

    /// <inheritdoc />
    public override T GetChild<T>(int i)
    {
        if (children is null || i < 0) return default!;
        var seen = -1;
        for (var k = 0; k < children.Count; k++)
        {
            if (children[k] is T match && ++seen == i) return match;
        }
        return default!;
    }

    /// <inheritdoc />
    public override ITerminalNode GetToken(int ttype, int i)
    {
        if (children is null || i < 0) return null!;
        var seen = -1;
        for (var k = 0; k < children.Count; k++)
        {
            if (children[k] is ITerminalNode terminal && terminal.Symbol.Type == ttype && ++seen == i) return terminal;
        }
        return null!;
    }

    /// <inheritdoc />
    public override ITerminalNode[] GetTokens(int ttype)
    {
        var count = 0;
        for (var k = 0; k < ChildCount; k++)
        {
            if (children[k] is ITerminalNode terminal && terminal.Symbol.Type == ttype) count++;
        }
        if (count == 0) return [];
        var result = new ITerminalNode[count];
        count = 0;
        for (var k = 0; k < children.Count; k++)
        {
            if (children[k] is ITerminalNode terminal && terminal.Symbol.Type == ttype) result[count++] = terminal;
        }
        return result;
    }

    /// <inheritdoc />
    public override T[] GetRuleContexts<T>()
    {
        var count = 0;
        for (var k = 0; k < ChildCount; k++)
        {
            if (children[k] is T) count++;
        }
        if (count == 0) return [];
        var result = new T[count];
        count = 0;
        for (var k = 0; k < children.Count; k++)
        {
            if (children[k] is T match) result[count++] = match;
        }
        return result;
    }

    /// <inheritdoc />
    public override string GetText()
    {
        switch (ChildCount)
        {
            case 0:
                return string.Empty;
            case 1:
                return children[0].GetText();
            default:
                var text = new StringBuilder();
                for (var k = 0; k < children.Count; k++) text.Append(children[k].GetText());
                return text.ToString();
        }
    }
}
