using Analyzer.Core.Ir;
using Analyzer.Frontends.Go.Tests.Support;

namespace Analyzer.Frontends.Go.Tests;

/// <summary>Package, imports, types, functions, methods and top-level var/const.</summary>
[TestFixture]
public sealed class DeclarationTests
{
    [Test]
    public void Package_and_imports_with_aliases()
    {
        var module = GoSource.Lower("""
            package cache

            import "fmt"

            import (
            	"sync"
            	k8s "k8s.io/client-go/tools/cache"
            	. "strings"
            	_ "embed"
            )
            """);
        Assert.Multiple(() =>
        {
            Assert.That(module.Language, Is.EqualTo("go"));
            Assert.That(module.PackageName, Is.EqualTo("cache"));
            Assert.That(module.Imports.Select(i => (i.Path, i.Alias)), Is.EqualTo(new (string, string?)[]
            {
                ("fmt", null), ("sync", null), ("k8s.io/client-go/tools/cache", "k8s"), ("strings", "."), ("embed", "_"),
            }));
            Assert.That(module.Imports[0].Text(), Is.EqualTo("import \"fmt\""));
            Assert.That(module.Imports[2].Text(), Is.EqualTo("k8s \"k8s.io/client-go/tools/cache\""));
            Assert.That(module.Imports[2].Start(), Is.EqualTo((7, 2)));
        });
    }

    [Test]
    public void Method_receiver_gives_owner_and_receiver_name()
    {
        var module = GoSource.Lower("""
            package p

            func (f *DeltaFIFO) Pop(process PopProcessFunc) (interface{}, error) { return nil, nil }
            func (s Store) List() []interface{} { return nil }
            func (*Set[T]) Len() int { return 0 }
            func (_ *Queue) Add(item interface{}) {}
            func (q *pkgQueue[K, V]) Get(k K) (V, bool) { var v V; return v, false }
            func Free(a, b int, rest ...string) {}
            """);
        var functions = module.Body.Cast<FunctionDecl>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(functions.Select(f => (f.Name, f.OwnerType, f.ReceiverName)), Is.EqualTo(new (string, string?, string?)[]
            {
                ("Pop", "DeltaFIFO", "f"), ("List", "Store", "s"), ("Len", "Set", null), ("Add", "Queue", null), ("Get", "pkgQueue", "q"), ("Free", null, null),
            }));
            Assert.That(functions[0].Parameters.Select(p => (p.Name, p.TypeText)), Is.EqualTo(new (string, string?)[] { ("process", "PopProcessFunc") }));
            Assert.That(functions[5].Parameters.Select(p => (p.Name, p.TypeText)), Is.EqualTo(new (string, string?)[] { ("a", "int"), ("b", "int"), ("rest", "...string") }));
            Assert.That(functions[0].Decorators, Is.Empty);
            Assert.That(functions[0].Start(), Is.EqualTo((3, 1)));
            Assert.That(functions[0].Span.EndLine, Is.EqualTo(3));
            Assert.That(functions[0].Body!.Text(), Is.EqualTo("{ return nil, nil }"));
        });
    }

    [Test]
    public void Function_without_a_body_and_unnamed_parameters()
    {
        var function = GoSource.Lower("package p\n\nfunc asm(int, *byte) uintptr\n").First<FunctionDecl>();
        Assert.Multiple(() =>
        {
            Assert.That(function.Body, Is.Null);
            Assert.That(function.Parameters.Select(p => (p.Name, p.TypeText)), Is.EqualTo(new (string, string?)[] { ("_", "int"), ("_", "*byte") }));
        });
    }

    [Test]
    public void Struct_fields_with_embedded_mutex_and_interface_typed_fields()
    {
        var module = GoSource.Lower("""
            package cache

            type DeltaFIFO struct {
            	lock sync.RWMutex
            	cond sync.Cond
            	items map[string]Deltas
            	queue []string
            	a, b int `json:"a"`
            	knownObjects KeyListerGetter
            }

            type Registry struct {
            	sync.Mutex
            	*Store
            	Lister[string]
            	entries map[string]*Entry
            }
            """);
        var fifo = (TypeDecl)module.Body[0];
        var registry = (TypeDecl)module.Body[1];
        Assert.Multiple(() =>
        {
            Assert.That(fifo.Name, Is.EqualTo("DeltaFIFO"));
            Assert.That(fifo.TypeKind, Is.EqualTo(TypeDeclKind.Struct));
            Assert.That(fifo.Text(), Does.StartWith("type DeltaFIFO struct {").And.EndWith("}"));
            Assert.That(fifo.Fields.Select(f => (f.Name, f.TypeText, f.IsEmbedded)), Is.EqualTo(new (string, string?, bool)[]
            {
                ("lock", "sync.RWMutex", false), ("cond", "sync.Cond", false), ("items", "map[string]Deltas", false),
                ("queue", "[]string", false), ("a", "int", false), ("b", "int", false), ("knownObjects", "KeyListerGetter", false),
            }));
            Assert.That(fifo.Fields[0].Text(), Is.EqualTo("lock sync.RWMutex"));
            Assert.That(fifo.Fields[0].Start(), Is.EqualTo((4, 2)));
            Assert.That(fifo.Fields[4].Text(), Is.EqualTo("a, b int"));
            Assert.That(fifo.Members, Is.Empty);
            Assert.That(registry.Fields.Select(f => (f.Name, f.TypeText, f.IsEmbedded)), Is.EqualTo(new (string, string?, bool)[]
            {
                ("Mutex", "sync.Mutex", true), ("Store", "*Store", true), ("Lister", "Lister[string]", true), ("entries", "map[string]*Entry", false),
            }));
        });
    }

    [Test]
    public void Interface_methods_and_embedded_interfaces()
    {
        var module = GoSource.Lower("""
            package cache

            type KeyListerGetter interface {
            	KeyLister
            	cache.KeyGetter
            	GetByKey(key string) (value interface{}, exists bool, err error)
            	ListKeys() []string
            }

            type Number interface {
            	~int | ~float64
            }
            """);
        var getter = (TypeDecl)module.Body[0];
        var number = (TypeDecl)module.Body[1];
        Assert.Multiple(() =>
        {
            Assert.That(getter.TypeKind, Is.EqualTo(TypeDeclKind.Interface));
            Assert.That(getter.InterfaceMethods, Is.EqualTo(new[] { "GetByKey", "ListKeys" }));
            Assert.That(getter.Bases, Is.EqualTo(new[] { "KeyLister", "cache.KeyGetter" }));
            Assert.That(getter.Fields, Is.Empty);
            Assert.That(number.TypeKind, Is.EqualTo(TypeDeclKind.Interface));
            Assert.That(number.Bases, Is.Empty);
        });
    }

    [Test]
    public void Other_named_types_aliases_and_grouped_declarations()
    {
        var module = GoSource.Lower("""
            package p

            type (
            	PopProcessFunc func(interface{}) error
            	Deltas []Delta
            	Alias = map[string]int
            	Point struct{ X, Y int }
            )
            """);
        var types = module.Body.Cast<TypeDecl>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(types.Select(t => (t.Name, t.TypeKind)), Is.EqualTo(new[]
            {
                ("PopProcessFunc", TypeDeclKind.Other), ("Deltas", TypeDeclKind.Other), ("Alias", TypeDeclKind.Other), ("Point", TypeDeclKind.Struct),
            }));
            Assert.That(types[1].Text(), Is.EqualTo("Deltas []Delta"));
            Assert.That(types[1].Start(), Is.EqualTo((5, 2)));
            Assert.That(types[3].Fields.Select(f => f.Name), Is.EqualTo(new[] { "X", "Y" }));
        });
    }

    [Test]
    public void Generic_types_and_functions()
    {
        var module = GoSource.Lower("""
            package sets

            type Set[T comparable] struct {
            	items map[T]Empty
            }

            type List[T any] []T

            func Map[K comparable, V any](m map[K]V, f func(V) V) map[K]V { return nil }

            func (s Set[T]) Has(item T) bool {
            	_, ok := s.items[item]
            	return ok
            }

            var names = sets.Set[string]{}
            var fn = Map[string, int]
            """);
        var set = (TypeDecl)module.Body[0];
        var map = (FunctionDecl)module.Body[2];
        var has = (FunctionDecl)module.Body[3];
        var names = (Assignment)module.Body[4];
        var fn = (Assignment)module.Body[5];
        Assert.Multiple(() =>
        {
            Assert.That((set.Name, set.TypeKind), Is.EqualTo(("Set", TypeDeclKind.Struct)));
            Assert.That(set.Fields.Single().TypeText, Is.EqualTo("map[T]Empty"));
            Assert.That(((TypeDecl)module.Body[1]).Name, Is.EqualTo("List"));
            Assert.That(map.Name, Is.EqualTo("Map"));
            Assert.That(map.Parameters.Select(p => (p.Name, p.TypeText)), Is.EqualTo(new (string, string?)[] { ("m", "map[K]V"), ("f", "func(V) V") }));
            Assert.That((has.OwnerType, has.ReceiverName), Is.EqualTo(("Set", "s")));
            var literal = (CollectionExpression)names.Values.Single();
            Assert.That((literal.CollectionKind, literal.TypeText, literal.Elements.Count), Is.EqualTo((CollectionKind.Composite, "sets.Set[string]", 0)));
            var instantiation = (IndexExpression)fn.Values.Single();
            Assert.That(instantiation.Target, Is.TypeOf<NameExpression>());
            Assert.That(instantiation.Indices.Select(i => i.Text()), Is.EqualTo(new[] { "string", "int" }));
        });
    }

    [Test]
    public void Top_level_var_and_const_are_declarations_with_their_type()
    {
        var module = GoSource.Lower("""
            package p

            var ErrNotFound = errors.New("not found")
            var (
            	mu    sync.Mutex
            	count int = 3
            	a, b  = 1, 2
            )
            const (
            	Added DeltaType = "Added"
            	Updated
            )
            """);
        var assignments = module.Body.Cast<Assignment>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(assignments, Has.All.Matches<Assignment>(a => a.IsDeclaration && a.Operator == "="));
            Assert.That(assignments.Select(a => string.Join(",", a.Targets.Select(t => t.Text()))), Is.EqualTo(new[] { "ErrNotFound", "mu", "count", "a,b", "Added", "Updated" }));
            Assert.That(assignments.Select(a => a.TypeText), Is.EqualTo(new[] { null, "sync.Mutex", "int", null, "DeltaType", null }));
            Assert.That(assignments.Select(a => a.Values.Count), Is.EqualTo(new[] { 1, 0, 1, 2, 1, 0 }));
            Assert.That(assignments[0].Text(), Is.EqualTo("var ErrNotFound = errors.New(\"not found\")"));
            Assert.That(assignments[1].Text(), Is.EqualTo("mu    sync.Mutex"));
        });
    }
}
