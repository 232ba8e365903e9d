using Analyzer.Core.Ir;
using Analyzer.Frontends.Python.Tests.Support;

namespace Analyzer.Frontends.Python.Tests;

/// <summary>Syntax new in Python 3.10-3.12: match, PEP 695 generics and type aliases, PEP 701 f-strings, except*.</summary>
[TestFixture]
public sealed class Python312Tests
{
    [Test]
    public void Generic_functions_and_classes()
    {
        var module = PythonSource.Lower("""
            def first[T](xs: list[T]) -> T:
                return xs[0]

            class Box[T: (int, str), *Ts, **P](Base[T]):
                def get[U](self) -> T:
                    return self.value
            """);
        var first = (FunctionDecl)module.Body[0];
        var box = (TypeDecl)module.Body[1];
        Assert.Multiple(() =>
        {
            Assert.That(first.Parameters.Single().TypeText, Is.EqualTo("list[T]"));
            Assert.That(box.Bases, Is.EqualTo(new[] { "Base[T]" }));
            Assert.That(((FunctionDecl)box.Members[0]).ReceiverName, Is.EqualTo("self"));
        });
    }

    [Test]
    public void A_type_alias_statement()
    {
        var statement = (OtherStatement)PythonSource.Lower("type Pair[T] = tuple[T, T]\ntype = 1\n").Body[0];
        Assert.Multiple(() =>
        {
            Assert.That(statement.Description, Is.EqualTo("type alias"));
            Assert.That(statement.Items.First(), Is.InstanceOf<NameExpression>().With.Property("Name").EqualTo("Pair"));
            Assert.That(statement.Items.Last().Text(), Is.EqualTo("tuple[T, T]"));
        });
    }

    [Test]
    public void F_strings_reuse_quotes_span_lines_and_hold_comments_free_expressions()
    {
        var module = PythonSource.Lower("""
            songs = ['a', 'b']
            s = f"{", ".join(songs)}"
            t = f"{'\n'.join(x for x in songs)}"
            u = f"{
                songs[0]
            }"
            """);
        var strings = module.All<InterpolatedString>();
        Assert.Multiple(() =>
        {
            Assert.That(strings[0].Parts.Single().Text(), Is.EqualTo("\", \".join(songs)"));
            Assert.That(((LiteralExpression)strings[1].First<MemberAccess>().Target).Value, Is.EqualTo("\n"));
            Assert.That(strings[2].Parts.Single().Text(), Is.EqualTo("songs[0]"));
        });
    }

    [Test]
    public void Except_star()
    {
        var statement = (TryStatement)PythonSource.Lower("""
            try:
                run()
            except* (ValueError, TypeError) as group:
                pass
            except* OSError:
                pass
            """).Body[0];
        Assert.That(statement.Handlers.Select(h => (string.Join("|", h.TypeNames), h.Name)),
            Is.EqualTo(new[] { ("ValueError|TypeError", (string?)"group"), ("OSError", null) }));
    }

    [Test]
    public void Match_cases_are_switch_cases_with_patterns()
    {
        var match = (SwitchStatement)PythonSource.Lower("""
            match command.split():
                case ["go", direction] if direction in exits:
                    go(direction)
                case Point(x=0, y=0) | Origin():
                    pass
                case {"action": action, **rest}:
                    pass
                case 1 | -2 | 3.5 | None | "s" as literal:
                    pass
                case Color.RED:
                    pass
                case (a, *others):
                    pass
                case _:
                    default()
            """).Body[0];
        Assert.Multiple(() =>
        {
            Assert.That(match.SwitchKind, Is.EqualTo(SwitchKind.Match));
            Assert.That(match.Subject!.Text(), Is.EqualTo("command.split()"));
            Assert.That(match.Cases, Has.Count.EqualTo(7));
            var first = match.Cases[0];
            Assert.That(first.Labels[0], Is.InstanceOf<CollectionExpression>().With.Property("CollectionKind").EqualTo(CollectionKind.List));
            Assert.That(first.Labels[1], Is.InstanceOf<OtherExpression>().With.Property("Description").EqualTo("case guard"));
            Assert.That(match.Cases[1].Labels[0], Is.InstanceOf<OtherExpression>().With.Property("Description").EqualTo("or pattern"));
            Assert.That(match.Cases[2].Labels[0], Is.InstanceOf<CollectionExpression>().With.Property("CollectionKind").EqualTo(CollectionKind.Dict));
            Assert.That(match.Cases[3].Labels[0], Is.InstanceOf<OtherExpression>().With.Property("Description").EqualTo("as pattern"));
            Assert.That(match.Cases[4].Labels[0], Is.InstanceOf<MemberAccess>().With.Property("Member").EqualTo("RED"));
            Assert.That(match.Cases[5].Labels[0], Is.InstanceOf<CollectionExpression>().With.Property("CollectionKind").EqualTo(CollectionKind.Tuple));
            Assert.That(match.Cases.Select(c => c.IsDefault), Is.EqualTo(new[] { false, false, false, false, false, false, true }));
            Assert.That(match.Cases[6].Body.Text(), Is.EqualTo("default()"));
            Assert.That(match.Cases[6].Text(), Is.EqualTo("case _:\n        default()"));
        });
    }

    [Test]
    public void Soft_keywords_are_names_elsewhere()
    {
        var module = PythonSource.Lower("match = 1\ncase = match\ntype = case\n_ = type\nmatch(x)\n");
        Assert.That(module.Body, Has.Count.EqualTo(5));
        Assert.That(((ExpressionStatement)module.Body[4]).Expression, Is.InstanceOf<CallExpression>());
    }
}
