using Analyzer.Core.Frontends;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Python.Parsing;
using Antlr4.Runtime;
using Antlr4.Runtime.Tree;

namespace Analyzer.Frontends.Python.Tests;

/// <summary>The generated contexts derive from <see cref="IndexedRuleContext"/>, whose child lookups replace the
/// runtime's; on every context of real fixtures they answer what the child list itself says.</summary>
[TestFixture]
public sealed class ParseTreeLookupTests
{
    [TestCase("locked_registry.py")]
    [TestCase("sql_store.py")]
    [TestCase("fstrings.py")]
    public void Child_lookups_agree_with_the_child_list_on_every_context(string fixture)
    {
        var contexts = Contexts(Fixture(fixture));
        var mismatches = new List<string>();
        foreach (var context in contexts)
        {
            var children = context.children ?? [];
            var where = $"{context.GetType().Name} at {context.Start.Line}:{context.Start.Column}";
            for (var i = 0; i <= children.Count; i++)
            {
                if (!ReferenceEquals(context.GetChild<IParseTree>(i), i < children.Count ? children[i] : null)) mismatches.Add($"{where}: GetChild<IParseTree>({i})");
                var rules = children.OfType<ParserRuleContext>().ToList();
                if (!ReferenceEquals(context.GetRuleContext<ParserRuleContext>(i), i < rules.Count ? rules[i] : null)) mismatches.Add($"{where}: GetRuleContext({i})");
            }
            if (!context.GetRuleContexts<ParserRuleContext>().SequenceEqual(children.OfType<ParserRuleContext>())) mismatches.Add($"{where}: GetRuleContexts");
            foreach (var type in children.OfType<ITerminalNode>().Select(t => t.Symbol.Type).Append(-42).Distinct())
            {
                var tokens = children.OfType<ITerminalNode>().Where(t => t.Symbol.Type == type).ToList();
                if (!context.GetTokens(type).SequenceEqual(tokens)) mismatches.Add($"{where}: GetTokens({type})");
                for (var i = 0; i <= tokens.Count; i++)
                {
                    if (!ReferenceEquals(context.GetToken(type, i), i < tokens.Count ? tokens[i] : null)) mismatches.Add($"{where}: GetToken({type}, {i})");
                }
            }
            if (context.GetText() != string.Concat(children.Select(c => c.GetText()))) mismatches.Add($"{where}: GetText");
        }
        Assert.That(contexts, Has.Count.GreaterThan(100), "the fixture should give a tree worth checking");
        Assert.That(contexts, Has.All.InstanceOf<IndexedRuleContext>());
        Assert.That(mismatches, Is.Empty);
    }

    [TestCase("locked_registry.py")]
    [TestCase("fstrings.py")]
    public void Tokenize_yields_the_tokens_the_parser_reads(string fixture)
    {
        var text = Fixture(fixture);

        var tokens = PythonParsing.Tokenize(text);
        var parsed = PythonParsing.Parse(text, ParseLimits.Default);

        Assert.That(tokens.Select(t => (t.Type, t.StartIndex, t.StopIndex, t.Channel)),
            Is.EqualTo(parsed.Tokens.Select(t => (t.Type, t.StartIndex, t.StopIndex, t.Channel))));
    }

    private static SourceText Fixture(string name) =>
        new(name, File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", name)));

    private static List<ParserRuleContext> Contexts(SourceText text)
    {
        var parsed = PythonParsing.Parse(text, ParseLimits.Default);
        Assert.That(parsed.Diagnostics, Is.Empty);
        var result = new List<ParserRuleContext>();
        var pending = new Stack<ParserRuleContext>();
        pending.Push(parsed.Tree!);
        while (pending.Count > 0)
        {
            var context = pending.Pop();
            result.Add(context);
            foreach (var child in (context.children ?? []).OfType<ParserRuleContext>()) pending.Push(child);
        }
        return result;
    }
}
