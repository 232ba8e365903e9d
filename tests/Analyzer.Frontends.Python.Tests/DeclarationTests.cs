using Analyzer.Core.Ir;
using Analyzer.Frontends.Python.Tests.Support;

namespace Analyzer.Frontends.Python.Tests;

/// <summary>Classes, methods, fields, parameters, decorators and imports.</summary>
[TestFixture]
public sealed class DeclarationTests
{
    [Test]
    public void A_class_has_its_bases_as_written_without_keywords_and_its_decorators()
    {
        var module = PythonSource.Lower("""
            @dataclass(frozen=True)
            @register
            class Cache(BaseCache, models.Model, metaclass=Meta, **kw):
                pass
            """);
        var type = (TypeDecl)module.Body.Single();
        Assert.Multiple(() =>
        {
            Assert.That(type.Name, Is.EqualTo("Cache"));
            Assert.That(type.TypeKind, Is.EqualTo(TypeDeclKind.Class));
            Assert.That(type.Bases, Is.EqualTo(new[] { "BaseCache", "models.Model" }));
            Assert.That(type.Decorators.Select(d => d.Text()), Is.EqualTo(new[] { "dataclass(frozen=True)", "register" }));
            Assert.That(type.InterfaceMethods, Is.Empty);
            Assert.That(type.Members.Single(), Is.InstanceOf<JumpStatement>());
            // The class's span starts at `class`, not at its decorators.
            Assert.That((type.Span.StartLine, type.Span.StartColumn, type.Span.EndLine, type.Span.EndColumn), Is.EqualTo((3, 1, 4, 9)));
        });
    }

    [Test]
    public void Methods_have_the_class_as_owner_and_self_as_receiver_outside_their_parameters()
    {
        var module = PythonSource.Lower("""
            class C:
                def m(self, a, b: int = 1, *args, c, **kwargs) -> None:
                    def inner(x):
                        return x
                    return inner

                @staticmethod
                def s(a):
                    pass

                @classmethod
                def k(cls, a):
                    pass

                async def am(self):
                    await self.x()

            def top(a, /, b):
                pass
            """);
        var functions = module.All<FunctionDecl>().ToDictionary(f => f.Name);
        Assert.Multiple(() =>
        {
            var m = functions["m"];
            Assert.That((m.OwnerType, m.ReceiverName), Is.EqualTo(("C", "self")));
            Assert.That(m.Parameters.Select(p => p.Name), Is.EqualTo(new[] { "a", "b", "args", "c", "kwargs" }));
            Assert.That(m.Parameters[1].TypeText, Is.EqualTo("int"));
            Assert.That(m.Parameters[1].Default, Is.InstanceOf<LiteralExpression>());
            Assert.That((functions["inner"].OwnerType, functions["inner"].ReceiverName), Is.EqualTo(((string?)null, (string?)null)));
            Assert.That((functions["s"].OwnerType, functions["s"].ReceiverName), Is.EqualTo(("C", (string?)null)));
            Assert.That(functions["s"].Parameters.Select(p => p.Name), Is.EqualTo(new[] { "a" }));
            Assert.That((functions["k"].OwnerType, functions["k"].ReceiverName), Is.EqualTo(("C", "cls")));
            Assert.That(functions["k"].Parameters.Select(p => p.Name), Is.EqualTo(new[] { "a" }));
            Assert.That((functions["am"].OwnerType, functions["am"].ReceiverName), Is.EqualTo(("C", "self")));
            Assert.That(functions["am"].First<UnaryExpression>().Operator, Is.EqualTo("await"));
            Assert.That(functions["top"].OwnerType, Is.Null);
            Assert.That(functions["top"].Parameters.Select(p => p.Name), Is.EqualTo(new[] { "a", "b" }));
            Assert.That(functions["s"].Decorators.Single().Text(), Is.EqualTo("staticmethod"));
            Assert.That(m.Text(), Does.StartWith("def m(self").And.EndWith("return inner"));
            Assert.That(functions["am"].Text(), Does.StartWith("async def am"));
        });
    }

    [Test]
    public void Fields_come_from_self_assignments_in_methods_init_first_then_class_level_assignments()
    {
        var module = PythonSource.Lower("""
            class Store:
                timeout = 300
                name: str

                def reset(self):
                    self._data = {}
                    self.extra: list[int] = []

                def __init__(self, name):
                    self._lock = threading.Lock()
                    self._shared = _locks.setdefault(name, Lock())
                    self._data = None
                    self.a, (self.b, self.c) = 1, (2, 3)
                    self.count += 1
                    other.x = 1
            """);
        var type = (TypeDecl)module.Body.Single();
        var fields = type.Fields.ToDictionary(f => f.Name);
        var init = module.All<FunctionDecl>().Single(f => f.Name == "__init__");
        Assert.Multiple(() =>
        {
            Assert.That(type.Fields.Select(f => f.Name), Is.EqualTo(new[] { "_lock", "_shared", "_data", "a", "b", "c", "extra", "timeout", "name" }));
            Assert.That(fields["_lock"].Initializer!.Text(), Is.EqualTo("threading.Lock()"));
            Assert.That(fields["_shared"].Initializer!.Text(), Is.EqualTo("_locks.setdefault(name, Lock())"));
            // The initializer is the very expression of the method body, not a copy.
            var assigned = ((Assignment)init.Body!.Statements[0]).Values[0];
            Assert.That(fields["_lock"].Initializer, Is.SameAs(assigned));
            Assert.That(fields["_lock"].Initializer!.Parent, Is.SameAs(init.Body.Statements[0]));
            Assert.That(fields["_data"].Initializer!.Text(), Is.EqualTo("None"), "__init__ is read first");
            Assert.That(fields["extra"].TypeText, Is.EqualTo("list[int]"));
            Assert.That(fields["timeout"].Initializer!.Text(), Is.EqualTo("300"));
            Assert.That(fields["name"].TypeText, Is.EqualTo("str"));
            Assert.That(fields["name"].Initializer, Is.Null);
            Assert.That(fields["_lock"].Text(), Is.EqualTo("self._lock"));
            Assert.That(fields.ContainsKey("count"), Is.False, "an augmented assignment does not declare");
            Assert.That(fields.ContainsKey("x"), Is.False);
            Assert.That(type.Fields.All(f => !f.IsEmbedded), Is.True);
        });
    }

    [Test]
    public void Imports_stay_in_the_body_in_order()
    {
        var module = PythonSource.Lower("""
            import os.path as osp, sys
            from . import views
            from ..models import (A, B as C,)
            from m import *
            """);
        var imports = module.Body.Cast<ImportDecl>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(module.Imports, Is.Empty);
            Assert.That(imports.Select(i => (i.Path, i.Alias)), Is.EqualTo(new[]
            {
                ("os.path", (string?)"osp"), ("sys", null), (".", null), ("..models", null), ("m", null),
            }));
            Assert.That(imports[0].Text(), Is.EqualTo("os.path as osp"));
            Assert.That(imports[2].Names, Is.EqualTo(new[] { "views" }));
            Assert.That(imports[3].Names, Is.EqualTo(new[] { "A", "B" }));
            Assert.That(imports[4].Names, Is.EqualTo(new[] { "*" }));
            Assert.That(imports[3].Text(), Is.EqualTo("from ..models import (A, B as C,)"));
        });
    }

    [Test]
    public void Comments_are_trivia_without_the_hash_with_exact_spans()
    {
        var module = PythonSource.Lower("x = 1  # one\n# two\ndef f():\n    pass  #three\n");
        Assert.Multiple(() =>
        {
            Assert.That(module.Comments.Select(c => c.Content), Is.EqualTo(new[] { " one", " two", "three" }));
            Assert.That(module.Comments.Select(c => (c.Span.StartLine, c.Span.StartColumn, c.Span.EndColumn)),
                Is.EqualTo(new[] { (1, 8, 13), (2, 1, 6), (4, 11, 17) }));
        });
    }

    [TestCase("django/db/models/base.py", "django.db.models.base")]
    [TestCase("django/db/__init__.py", "django.db")]
    [TestCase("django-3.2.25/django/utils/text.py", "django.utils.text")]
    [TestCase("setup.py", "setup")]
    [TestCase("my-script.py", null)]
    [TestCase("/abs/path/mod.py", "mod")]
    public void The_package_name_is_the_dotted_module_path(string path, string? expected) =>
        Assert.That(PythonSource.Lower("pass\n", path).PackageName, Is.EqualTo(expected));

    [Test]
    public void A_lambda_is_a_function_literal_returning_its_expression()
    {
        var lambda = (FunctionLiteral)((Assignment)PythonSource.Lower("f = lambda a, b=2, *c, **d: a + b\n").Body[0]).Values[0];
        Assert.Multiple(() =>
        {
            Assert.That(lambda.Parameters.Select(p => p.Name), Is.EqualTo(new[] { "a", "b", "c", "d" }));
            var @return = (ReturnStatement)lambda.Body.Statements.Single();
            Assert.That(@return.Values.Single().Text(), Is.EqualTo("a + b"));
            Assert.That(lambda.Text(), Is.EqualTo("lambda a, b=2, *c, **d: a + b"));
        });
    }
}
