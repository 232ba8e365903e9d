using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Frontends.Go.Tests.Support;

namespace Analyzer.Frontends.Go.Tests;

/// <summary>End to end: the semantic model reads what it needs from the lowered Go IR (receiver fields and their
/// declared types, interface-typed fields as external stores, multi-value reads, guards, locks and defer).</summary>
[TestFixture]
public sealed class SemanticModelTests
{
    private const string Queue = """
        package queue

        import "sync"

        type KeyGetter interface {
        	GetByKey(key string) (interface{}, bool, error)
        	ListKeys() []string
        }

        type Q struct {
        	lock  sync.RWMutex
        	items map[string][]int
        	known KeyGetter
        }

        func (q *Q) syncLocked(key string) error {
        	obj, exists, err := q.known.GetByKey(key)
        	if err != nil || !exists {
        		return nil
        	}
        	if len(q.items[key]) > 0 {
        		return nil
        	}
        	q.items[key] = append(q.items[key], obj.(int))
        	return nil
        }

        func (q *Q) Add(key string, v int) {
        	q.lock.Lock()
        	defer q.lock.Unlock()
        	if _, ok := q.items[key]; !ok {
        		q.items[key] = []int{v}
        	}
        }
        """;

    private static FunctionModel ModelOf(string source, string function)
    {
        var frontend = new GoFrontend();
        var module = GoSource.Lower(source);
        var package = new PackageModel("go", frontend.Facts, [module]);
        return package.ModelOf(package.Functions.Single(f => f.Name == function));
    }

    [Test]
    public void Store_read_element_read_and_guarded_element_write()
    {
        var model = ModelOf(Queue, "syncLocked");
        var accesses = model.Accesses;
        var storeRead = accesses.Single(a => a.Resource is { Kind: ResourceKind.ExternalStore });
        var write = accesses.Single(a => a.Effect.Kind == EffectKind.Write);
        Assert.Multiple(() =>
        {
            Assert.That(storeRead.Effect.Kind, Is.EqualTo(EffectKind.Read));
            Assert.That(storeRead.Resource!.Key, Is.EqualTo("this.known"));
            Assert.That(storeRead.Effect.Node.SourceCode, Does.Contain("GetByKey"));
            Assert.That(accesses.Where(a => a.Effect.Kind == EffectKind.Read && a.Resource is { Kind: ResourceKind.Element, Key: "this.items" }), Is.Not.Empty);
            Assert.That(write.Resource, Is.Not.Null);
            Assert.That(write.Resource!.Key, Is.EqualTo("this.items"));
            Assert.That(write.Resource.Kind, Is.EqualTo(ResourceKind.Element));
            Assert.That(write.Guards.Select(g => g.Condition.SourceCode), Does.Contain("len(q.items[key]) > 0"));
            Assert.That(write.Guards.Select(g => g.Condition.SourceCode), Does.Contain("err != nil || !exists"));
            Assert.That(model.CallerLocks.Select(l => l.Name), Is.Not.Empty, "the *Locked name says the caller holds a lock");
        });
    }

    [Test]
    public void A_check_and_act_under_a_deferred_unlock_is_guarded_under_the_lock()
    {
        var model = ModelOf(Queue, "Add");
        var acts = model.GuardedActsUnderLock().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(model.LockEvents.Select(e => e.Kind), Is.EqualTo(new[] { EffectKind.Acquire, EffectKind.Release }));
            Assert.That(acts, Has.Count.EqualTo(1));
            Assert.That(acts[0].LockName, Does.Contain("lock"));
        });
    }

    [Test]
    public void Embedded_mutex_on_the_receiver_is_a_lock()
    {
        const string source = """
            package p

            import "sync"

            type Registry struct {
            	sync.Mutex
            	entries map[string]int
            }

            func (r *Registry) Put(k string, v int) {
            	r.Lock()
            	defer r.Unlock()
            	if _, ok := r.entries[k]; !ok {
            		r.entries[k] = v
            	}
            }
            """;
        var model = ModelOf(source, "Put");
        Assert.Multiple(() =>
        {
            Assert.That(model.LockEvents.Select(e => e.Kind), Is.EqualTo(new[] { EffectKind.Acquire, EffectKind.Release }));
            Assert.That(model.GuardedActsUnderLock().ToList(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public void What_a_loop_left_by_break_or_continue_assigned_reaches_the_code_after_it()
    {
        const string source = """
            package p

            type Store interface {
            	List(ns string) []int
            	Update(v int) error
            }

            type Checker struct {
            	store Store
            }

            func (c *Checker) retry(ns string, wanted []int) {
            	picked := []int{}
            	skipped := []int{}
            	for _, v := range c.store.List(ns) {
            		for _, w := range wanted {
            			if v == w {
            				picked = append(picked, v)
            				break
            			}
            			skipped = append(skipped, v)
            			continue
            		}
            	}
            	c.store.Update(picked[0])
            	c.store.Update(skipped[0])
            }
            """;
        var model = ModelOf(source, "retry");
        var listing = model.Accesses.Single(a => a.Effect.Kind == EffectKind.Read);
        var updates = model.Accesses.Where(a => a.Effect.Kind == EffectKind.Write).ToList();
        Assert.That(updates.Select(u => u.Sources.Contains(listing)), Is.EqualTo(new[] { true, true }));
    }
}
