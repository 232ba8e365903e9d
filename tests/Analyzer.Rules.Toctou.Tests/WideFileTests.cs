using System.Text;
using Analyzer.Core.Engine;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>A file with thousands of functions, each with a comment above it and findings in it (generated clients are
/// like this), costs the analysis about its size, not its size times its functions or its findings: the work done for
/// one function or finding never walks the whole file again. Scanned well within the time limit, which code that does
/// walk it again per function misses by minutes.</summary>
[TestFixture]
public sealed class WideFileTests
{
    private const int Methods = 6_000;

    [Test]
    [CancelAfter(90_000)]
    public void Thousands_of_documented_methods_with_findings_are_all_reported()
    {
        var source = new StringBuilder("import threading\n\n\nclass Registry:\n    def __init__(self):\n        self._lock = threading.Lock()\n        self._by_id = {}\n        self._conn = None\n\n");
        for (var i = 0; i < Methods; i++)
            source.Append($"    # find{i} looks an entry up.\n    def find{i}(self, k):\n        if k in self._by_id:\n            return self._by_id[k]\n        if self._conn is not None:\n            self._conn.send(k)\n\n");
        source.Append("    def drop(self, k):\n        with self._lock:\n            self._by_id.pop(k, None)\n            self._conn = None\n");
        var folder = Directory.CreateTempSubdirectory("toctou-wide-");
        try
        {
            var path = Path.Combine(folder.FullName, "wide.py");
            File.WriteAllText(path, source.ToString());

            var result = AllRules.Engine.Scan(new ScanRequest([path]));

            Assert.That(result.Findings, Has.Count.EqualTo(2 * Methods));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
