using Analyzer.Core.Ir;
using Analyzer.Frontends.Python.Tests.Support;

namespace Analyzer.Frontends.Python.Tests;

/// <summary>Statement shapes and their exact spans.</summary>
[TestFixture]
public sealed class StatementTests
{
    private static T Single<T>(string source) where T : IrStatement => (T)PythonSource.Lower(source).Body.Single();

    [Test]
    public void Assignments_chained_unpacking_paired_annotated_and_augmented()
    {
        var module = PythonSource.Lower("""
            a = b = c
            x, y = f()
            p, q = 1, 2
            n: int = 5
            s += 1
            t = 1, 2
            [u, *v] = w
            z = yield_value = (yield)
            """);
        var s = module.Body.Cast<Assignment>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(s[0].Targets.Select(t => t.Text()), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(s[0].Values.Select(v => v.Text()), Is.EqualTo(new[] { "c" }));
            Assert.That(s[1].Targets.Select(t => t.Text()), Is.EqualTo(new[] { "x", "y" }));
            Assert.That(s[1].Values.Select(v => v.Text()), Is.EqualTo(new[] { "f()" }));
            Assert.That(s[2].Targets.Select(t => t.Text()), Is.EqualTo(new[] { "p", "q" }));
            Assert.That(s[2].Values.Select(v => v.Text()), Is.EqualTo(new[] { "1", "2" }));
            Assert.That((s[3].TypeText, s[3].Operator, s[3].Values.Single().Text()), Is.EqualTo(("int", "=", "5")));
            Assert.That((s[4].Operator, s[4].Targets.Single().Text()), Is.EqualTo(("+=", "s")));
            Assert.That(s[5].Values.Single(), Is.InstanceOf<CollectionExpression>().With.Property("CollectionKind").EqualTo(CollectionKind.Tuple));
            Assert.That(s[6].Targets.Select(t => t.Text()), Is.EqualTo(new[] { "u", "*v" }));
            Assert.That(s.All(a => !a.IsDeclaration), Is.True);
            Assert.That(s[0].Text(), Is.EqualTo("a = b = c"));
        });
    }

    [Test]
    public void If_elif_else_nests_each_elif_in_the_else_of_the_one_before()
    {
        var statement = Single<IfStatement>("""
            if a:
                x()
            elif b:
                y()
            elif c:
                pass
            else:
                z()
            """);
        var elif = (IfStatement)statement.Else!;
        var elif2 = (IfStatement)elif.Else!;
        Assert.Multiple(() =>
        {
            Assert.That(statement.Condition.Text(), Is.EqualTo("a"));
            Assert.That(elif.Condition.Text(), Is.EqualTo("b"));
            Assert.That(elif2.Condition.Text(), Is.EqualTo("c"));
            Assert.That(elif2.Else, Is.InstanceOf<Block>());
            Assert.That(elif2.Else!.Text(), Is.EqualTo("z()"));
            Assert.That((statement.Span.StartLine, statement.Span.EndLine, statement.Span.EndColumn), Is.EqualTo((1, 8, 8)));
            Assert.That((elif.Span.StartLine, elif.Span.StartColumn, elif.Span.EndLine), Is.EqualTo((3, 1, 8)));
            Assert.That(statement.Then.Text(), Is.EqualTo("x()"));
            Assert.That(statement.Init, Is.Null);
        });
    }

    [Test]
    public void For_and_while_loops_with_else()
    {
        var module = PythonSource.Lower("""
            for k, (v, w) in d.items():
                continue
            else:
                done()
            while n > 0:
                break
            async def f():
                async for x in g():
                    pass
            """);
        var @for = (LoopStatement)module.Body[0];
        var @while = (LoopStatement)module.Body[1];
        var asyncFor = module.All<LoopStatement>().Last();
        Assert.Multiple(() =>
        {
            Assert.That(@for.LoopKind, Is.EqualTo(LoopKind.Range));
            Assert.That(@for.Targets.Select(t => t.Text()), Is.EqualTo(new[] { "k", "v", "w" }));
            Assert.That(@for.Iterable!.Text(), Is.EqualTo("d.items()"));
            Assert.That(@for.Else!.Text(), Is.EqualTo("done()"));
            Assert.That(((JumpStatement)@for.Body.Statements[0]).JumpKind, Is.EqualTo(JumpKind.Continue));
            Assert.That(@while.LoopKind, Is.EqualTo(LoopKind.While));
            Assert.That(@while.Condition!.Text(), Is.EqualTo("n > 0"));
            Assert.That(@while.Else, Is.Null);
            Assert.That(((JumpStatement)@while.Body.Statements[0]).JumpKind, Is.EqualTo(JumpKind.Break));
            Assert.That(asyncFor.Targets.Single().Text(), Is.EqualTo("x"));
        });
    }

    [Test]
    public void With_items_keep_their_targets()
    {
        var module = PythonSource.Lower("""
            with a as b, c:
                pass
            with (open(p) as f, lock):
                pass
            async def g():
                async with s.lock as (x, y):
                    pass
            """);
        var withs = module.All<WithStatement>();
        Assert.Multiple(() =>
        {
            Assert.That(withs[0].Items.Select(i => (i.Context.Text(), i.Target?.Text())), Is.EqualTo(new[] { ("a", (string?)"b"), ("c", null) }));
            Assert.That(withs[0].Items[0].Text(), Is.EqualTo("a as b"));
            Assert.That(withs[1].Items.Select(i => (i.Context.Text(), i.Target?.Text())), Is.EqualTo(new[] { ("open(p)", (string?)"f"), ("lock", null) }));
            Assert.That(withs[2].Items.Single().Target, Is.InstanceOf<CollectionExpression>());
        });
    }

    [Test]
    public void Try_handlers_name_the_exception_types_as_written()
    {
        var statement = Single<TryStatement>("""
            try:
                act()
            except DatabaseError:
                return_false()
            except (ValueError, TypeError) as e:
                pass
            except db.IntegrityError as e:
                raise Wrapped() from e
            except:
                raise
            else:
                ok()
            finally:
                cleanup()
            """);
        Assert.Multiple(() =>
        {
            Assert.That(statement.Handlers.Select(h => h.TypeNames), Is.EqualTo(new IReadOnlyList<string>[]
            {
                ["DatabaseError"], ["ValueError", "TypeError"], ["db.IntegrityError"], [],
            }));
            Assert.That(statement.Handlers.Select(h => h.Name), Is.EqualTo(new[] { null, "e", "e", null }));
            Assert.That(statement.Handlers[3].TypeExpression, Is.Null);
            Assert.That(statement.Handlers[0].Text(), Is.EqualTo("except DatabaseError:\n    return_false()"));
            Assert.That(statement.Else!.Text(), Is.EqualTo("ok()"));
            Assert.That(statement.Finally!.Text(), Is.EqualTo("cleanup()"));
            var raise = statement.Handlers[2].Body.First<RaiseStatement>();
            Assert.That((raise.Exception!.Text(), raise.Cause!.Text()), Is.EqualTo(("Wrapped()", "e")));
            var bare = statement.Handlers[3].Body.First<RaiseStatement>();
            Assert.That((bare.Exception, bare.Cause), Is.EqualTo(((IrExpression?)null, (IrExpression?)null)));
        });
    }

    [Test]
    public void Simple_statements()
    {
        var module = PythonSource.Lower("""
            def f(a):
                global g
                nonlocal_ok = 1
                assert a, "message"
                del a[0], b.c
                return a, 1
                yield
            x = 1; pass; y = 2
            """);
        var body = ((FunctionDecl)module.Body[0]).Body!.Statements;
        Assert.Multiple(() =>
        {
            Assert.That(body[0], Is.InstanceOf<OtherStatement>().With.Property("Description").EqualTo("global"));
            Assert.That(((OtherStatement)body[0]).Items.Single(), Is.InstanceOf<NameExpression>());
            Assert.That(((OtherStatement)body[2]).Description, Is.EqualTo("assert"));
            Assert.That(((OtherStatement)body[2]).Items, Has.Count.EqualTo(2));
            Assert.That(((DeleteStatement)body[3]).Targets.Select(t => t.Text()), Is.EqualTo(new[] { "a[0]", "b.c" }));
            Assert.That(((ReturnStatement)body[4]).Values.Select(v => v.Text()), Is.EqualTo(new[] { "a", "1" }));
            Assert.That(((ExpressionStatement)body[5]).Expression, Is.InstanceOf<OtherExpression>().With.Property("Description").EqualTo("yield"));
            Assert.That(module.Body.Skip(1).Select(s => s.GetType().Name), Is.EqualTo(new[] { "Assignment", "JumpStatement", "Assignment" }));
            Assert.That(module.Body[2].Text(), Is.EqualTo("pass"));
        });
    }

    [Test]
    public void Nested_definitions_are_statements()
    {
        var function = Single<FunctionDecl>("""
            def outer():
                class Local(Base):
                    def m(self):
                        pass
                def helper():
                    pass
                return Local
            """);
        var local = (TypeDecl)function.Body!.Statements[0];
        Assert.Multiple(() =>
        {
            Assert.That(local.Bases, Is.EqualTo(new[] { "Base" }));
            Assert.That(((FunctionDecl)local.Members[0]).OwnerType, Is.EqualTo("Local"));
            Assert.That(((FunctionDecl)function.Body.Statements[1]).OwnerType, Is.Null);
        });
    }

    [Test]
    public void Blocks_cover_their_statements_without_line_breaks_or_indentation()
    {
        var function = (FunctionDecl)PythonSource.Lower("def f():\n\n    a()\n\n    b()   # c\n\n\nx = 1\n").Body[0];
        Assert.Multiple(() =>
        {
            Assert.That(function.Body!.Text(), Is.EqualTo("a()\n\n    b()"));
            Assert.That(function.Text(), Is.EqualTo("def f():\n\n    a()\n\n    b()"));
            Assert.That((function.Span.EndLine, function.Span.EndColumn), Is.EqualTo((5, 8)));
        });
    }
}
