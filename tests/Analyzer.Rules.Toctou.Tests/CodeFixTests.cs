using Analyzer.Core.Engine;
using Analyzer.Core.Fixes;
using Analyzer.Core.Text;
using Analyzer.Frontends.Go;
using Analyzer.Frontends.Go.Fixes;
using Analyzer.Frontends.Python;
using Analyzer.Frontends.Python.Fixes;
using Analyzer.Testing;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>Each fix, applied to a fixture, gives the expected code, which parses, and a re-scan no longer reports the
/// finding and reports nothing new. Where a rewrite would change what the code does, no fix is offered.</summary>
[TestFixture]
public sealed class CodeFixTests
{
    private static readonly AnalyzerEngine Engine = TestEngine.Create([new GoFrontend(), new PythonFrontend()], AllRules.Create(),
        [new MakedirsExistOkFix(), new SetdefaultFix(), new CacheAddFix(), new GetOrCreateFix(), new SyncMapLoadOrStoreFix(), new MkdirAllFix()]);

    private static ScanResult Scan(string folder) => Engine.Scan(new ScanRequest([folder], ReadConfigurationFiles: false));

    public static IEnumerable<TestCaseData> Fixes()
    {
        yield return new TestCaseData("module.py", "TOCTOU004", """
            import os


            def ensure(path):
                if not os.path.isdir(path):
                    os.makedirs(path)
                return path
            """, """
            import os


            def ensure(path):
                os.makedirs(path, exist_ok=True)
                return path
            """).SetName("makedirs_after_isdir_becomes_makedirs_with_exist_ok");
        yield return new TestCaseData("module.py", "TOCTOU001", """
            import threading


            class Registry:
                def __init__(self):
                    self._lock = threading.Lock()
                    self._entries = {}

                def register(self, key, value):
                    if key not in self._entries:
                        self._entries[key] = value

                def drop(self, key):
                    with self._lock:
                        self._entries.pop(key, None)
            """, """
            import threading


            class Registry:
                def __init__(self):
                    self._lock = threading.Lock()
                    self._entries = {}

                def register(self, key, value):
                    self._entries.setdefault(key, value)

                def drop(self, key):
                    with self._lock:
                        self._entries.pop(key, None)
            """).SetName("a_guarded_dict_insert_becomes_setdefault");
        yield return new TestCaseData("module.py", "TOCTOU005", """
            from django.core.cache import cache


            def throttle(user_id):
                key = 'throttle:%s' % user_id
                if cache.get(key) is None:
                    cache.set(key, 1, 60)
            """, """
            from django.core.cache import cache


            def throttle(user_id):
                key = 'throttle:%s' % user_id
                cache.add(key, 1, 60)
            """).SetName("cache_get_then_set_becomes_add");
        yield return new TestCaseData("module.py", "TOCTOU003", """
            from accounts.models import Account


            def reserve(name, email):
                if not Account.objects.filter(username=name).exists():
                    Account.objects.create(username=name, email=email, active=True)
            """, """
            from accounts.models import Account


            def reserve(name, email):
                Account.objects.get_or_create(username=name, defaults={'email': email, 'active': True})
            """).SetName("orm_exists_then_create_becomes_get_or_create");
        const string registry = """
            package reg

            import "sync"

            type Registry struct {
            	mu    sync.Mutex
            	conns sync.Map
            	n     int
            }

            func (r *Registry) Ensure(k string, c *Conn) {
            	if _, ok := r.conns.Load(k); !ok {
            		r.conns.Store(k, c)
            	}
            }

            func (r *Registry) Count() int {
            	r.mu.Lock()
            	defer r.mu.Unlock()
            	return r.n
            }

            """;
        yield return new TestCaseData("module.go", "TOCTOU001", registry, registry.Replace("""
            	if _, ok := r.conns.Load(k); !ok {
            		r.conns.Store(k, c)
            	}
            """, """
            	r.conns.LoadOrStore(k, c)
            """)).SetName("sync_map_load_then_store_becomes_load_or_store");
        yield return new TestCaseData("module.go", "TOCTOU004", """
            package dirs

            import "os"

            func Ensure(dir string) error {
            	if _, err := os.Stat(dir); os.IsNotExist(err) {
            		return os.Mkdir(dir, 0o755)
            	}
            	return nil
            }

            """, """
            package dirs

            import "os"

            func Ensure(dir string) error {
            	return os.MkdirAll(dir, 0o755)
            }

            """).SetName("stat_then_return_mkdir_becomes_return_mkdir_all");
        yield return new TestCaseData("module.go", "TOCTOU004", """
            package dirs

            import (
            	"fmt"
            	"os"
            )

            func Ensure(dir string) error {
            	if _, err := os.Stat(dir); os.IsNotExist(err) {
            		if err := os.Mkdir(dir, 0o700); err != nil {
            			return fmt.Errorf("making %s: %w", dir, err)
            		}
            	}
            	fmt.Println(dir)
            	return nil
            }

            """, """
            package dirs

            import (
            	"fmt"
            	"os"
            )

            func Ensure(dir string) error {
            	if err := os.MkdirAll(dir, 0o700); err != nil {
            		return fmt.Errorf("making %s: %w", dir, err)
            	}
            	fmt.Println(dir)
            	return nil
            }

            """).SetName("stat_then_checked_mkdir_becomes_checked_mkdir_all");
    }

    [TestCaseSource(nameof(Fixes))]
    public void The_fix_gives_the_expected_code_which_parses_and_no_longer_has_the_finding(string fileName, string rule, string before, string after)
    {
        var folder = Directory.CreateTempSubdirectory("toctou-fix-");
        try
        {
            var file = Path.Combine(folder.FullName, fileName);
            File.WriteAllText(file, before);
            var scan = Scan(folder.FullName);
            var finding = scan.Findings.Single(f => f.RuleId == rule);
            Assert.That(finding.CodeFix, Is.Not.Null, "a fix is offered");

            var fixedText = TextEdits.Apply(SourceText.FromFile(file, fileName).Text, finding.CodeFix!.Edits);
            File.WriteAllText(file, fixedText);
            var rescan = Scan(folder.FullName);

            Assert.Multiple(() =>
            {
                Assert.That(fixedText, Is.EqualTo(after));
                Assert.That(rescan.Diagnostics, Is.Empty, "the fixed file parses");
                Assert.That(rescan.Findings.Select(f => f.RuleId), Is.EqualTo(scan.Findings.Select(f => f.RuleId).Where(id => id != rule)));
            });
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [TestCase("if not os.path.isdir(path):\n        os.makedirs(path)\n    else:\n        print(path)", TestName = "No_fix_when_the_if_has_an_else")]
    [TestCase("if not os.path.isdir(path):\n        log(path)\n        os.makedirs(path)", TestName = "No_fix_when_the_if_does_more_than_the_act")]
    public void No_fix_is_offered_where_the_rewrite_would_change_the_code(string body)
    {
        var folder = Directory.CreateTempSubdirectory("toctou-fix-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "module.py"), $"import os\n\n\ndef ensure(path, other):\n    {body}\n");

            var findings = Scan(folder.FullName).Findings.Where(f => f.RuleId == "TOCTOU004").ToList();

            Assert.That(findings.Select(f => f.CodeFix), Is.Not.Empty.And.All.Null);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
