using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Frontends.Python.Tests.Support;

namespace Analyzer.Frontends.Python.Tests;

/// <summary>End to end: the semantic model reads what it needs from the lowered IR (fields and their initializers,
/// receivers, with-items as locks and transactions, SQL built with %, guards).</summary>
[TestFixture]
public sealed class SemanticModelTests
{
    private static FunctionModel ModelOf(string source, string function)
    {
        var frontend = new PythonFrontend();
        var module = PythonSource.Lower(source);
        var package = new PackageModel("python", frontend.Facts, [module]);
        var decl = package.Functions.Single(f => f.Name == function);
        return package.ModelOf(decl);
    }

    [Test]
    public void Sql_select_then_insert_or_update_in_a_transaction_reads_and_writes_the_table_field()
    {
        const string source = """
            from django.db import connection, transaction


            class C:
                def __init__(self, table):
                    self._table = table

                def _write(self, key, value):
                    table = quote(self._table)
                    with connection.cursor() as cursor:
                        with transaction.atomic():
                            cursor.execute('SELECT k FROM %s WHERE k = %%s' % table, [key])
                            row = cursor.fetchone()
                            if row:
                                cursor.execute('UPDATE %s SET v = %%s' % table, [value])
                            else:
                                cursor.execute('INSERT INTO %s (k, v) VALUES (%%s, %%s)' % table, [key, value])
            """;
        var model = ModelOf(source, "_write");
        var sql = model.Accesses.Where(a => a.Resource is { Kind: ResourceKind.SqlTable }).ToList();
        var read = sql.Single(a => a.Effect.Kind == EffectKind.Read);
        var writes = sql.Where(a => a.Effect.Kind == EffectKind.Write).ToList();
        var atomic = model.Function.First<WithStatement>().Body.First<WithStatement>().Items[0];
        Assert.Multiple(() =>
        {
            Assert.That(read.Resource!.Key, Is.EqualTo("sql:this._table"));
            Assert.That(writes, Has.Count.EqualTo(2));
            Assert.That(writes.Select(w => w.Resource!.Key), Is.All.EqualTo("sql:this._table"));
            Assert.That(writes.Select(w => w.Guards.Any(g => g.Reads.Contains(read))), Is.All.True);
            Assert.That(writes.Select(w => w.Transaction), Is.All.SameAs(atomic));
            Assert.That(atomic.Context.Text(), Is.EqualTo("transaction.atomic()"));
        });
    }

    [Test]
    public void A_check_and_act_under_with_self_lock_is_a_guarded_act_under_lock()
    {
        const string source = """
            import threading


            class M:
                def __init__(self):
                    self._lock = threading.Lock()
                    self._d = {}

                def add(self, k, v):
                    with self._lock:
                        if k not in self._d:
                            self._d[k] = v
            """;
        var model = ModelOf(source, "add");
        var acts = model.GuardedActsUnderLock().ToList();
        Assert.That(acts, Is.Not.Empty);
        Assert.That(acts[0].LockName, Does.Contain("_lock"));
    }

    [Test]
    public void A_check_and_act_without_a_lock_is_not_guarded()
    {
        const string source = """
            class M:
                def __init__(self):
                    self._d = {}

                def add(self, k, v):
                    if k not in self._d:
                        self._d[k] = v
            """;
        var model = ModelOf(source, "add");
        Assert.Multiple(() =>
        {
            Assert.That(model.GuardedActsUnderLock(), Is.Empty);
            Assert.That(model.Accesses.Any(a => a.Effect.Kind == EffectKind.Write && a.Guards.Count > 0), Is.True);
        });
    }

    [Test]
    public void Only_a_function_that_can_have_guards_has_an_access_with_one()
    {
        const string source = """
            import threading


            class C:
                def __init__(self):
                    self._lock = threading.Lock()
                    self.items = {}

                def plain(self, k, v):
                    with self._lock:
                        self.items[k] = [x * 2 for x in v]
                    self.count = len(self.items)
                    return lambda: self.items.get(k)

                def branch(self, k):
                    if k in self.items:
                        self.items[k] = 1

                def loop(self, ks):
                    for k in ks:
                        self.items[k] = 1

                def short_circuit(self, k):
                    return self.items.get(k) or self.items.setdefault(k, 1)

                def choice(self, k):
                    self.last = self.items[k] if k in self.items else None

                def handled(self, k):
                    try:
                        return self.items[k]
                    except KeyError:
                        self.items[k] = 0

                def matched(self, k):
                    match self.items.get(k):
                        case None:
                            self.items[k] = 0
            """;
        var frontend = new PythonFrontend();
        var package = new PackageModel("python", frontend.Facts, [PythonSource.Lower(source)]);
        var guarded = package.Functions.Where(f => package.ModelOf(f).Accesses.Any(a => a.Guards.Count > 0)).Select(f => f.Name);
        var possible = package.Functions.Where(package.CanHaveGuards).Select(f => f.Name);
        Assert.Multiple(() =>
        {
            Assert.That(guarded, Is.EqualTo(new[] { "branch", "loop", "short_circuit", "choice", "handled", "matched" }));
            Assert.That(possible, Is.EqualTo(guarded));
        });
    }
}
