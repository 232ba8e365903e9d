using Analyzer.Core.Engine;
using Analyzer.Core.Fixes;
using Analyzer.Core.Text;
using Analyzer.Frontends.Go;
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
        [new MakedirsExistOkFix(), new SetdefaultFix(), new CacheAddFix()]);

    private static ScanResult Scan(string folder) => Engine.Scan(new ScanRequest([folder], ReadConfigurationFiles: false));

    public static IEnumerable<TestCaseData> Fixes()
    {
        yield return new TestCaseData("TOCTOU004", """
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
        yield return new TestCaseData("TOCTOU001", """
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
        yield return new TestCaseData("TOCTOU005", """
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
    }

    [TestCaseSource(nameof(Fixes))]
    public void The_fix_gives_the_expected_code_which_parses_and_no_longer_has_the_finding(string rule, string before, string after)
    {
        var folder = Directory.CreateTempSubdirectory("toctou-fix-");
        try
        {
            var file = Path.Combine(folder.FullName, "module.py");
            File.WriteAllText(file, before);
            var scan = Scan(folder.FullName);
            var finding = scan.Findings.Single(f => f.RuleId == rule);
            Assert.That(finding.CodeFix, Is.Not.Null, "a fix is offered");

            var fixedText = TextEdits.Apply(SourceText.FromFile(file, "module.py").Text, finding.CodeFix!.Edits);
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
