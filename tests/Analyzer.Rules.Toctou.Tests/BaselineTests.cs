using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Emitters.Reporting;
using Analyzer.Emitters.Sarif;
using Analyzer.Frontends.Go;
using Analyzer.Testing;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>A scan compared with an earlier scan's SARIF: findings keep their match across edits that do not touch
/// them, and the states are those SARIF's baselineState names.</summary>
[TestFixture]
public sealed class BaselineTests
{
    private const string Before = """
        package queue

        import "sync"

        type Counter struct {
        	sync.Mutex
        	counts map[string]int
        }

        func (c *Counter) Init(key string) {
        	total := len(c.counts)
        	_ = total
        	if _, ok := c.counts[key]; !ok {
        		c.Lock()
        		c.counts[key] = 0
        		c.Unlock()
        	}
        }

        func (c *Counter) Reset(key string) {
        	if _, ok := c.counts[key]; ok {
        		c.Lock()
        		c.counts[key] = 0
        		c.Unlock()
        	}
        }

        func (c *Counter) Drop(key string) {
        	if _, ok := c.counts[key]; ok {
        		c.Lock()
        		delete(c.counts, key)
        		c.Unlock()
        	}
        }

        """;

    // Blank lines inserted and a local renamed above Init's finding; Reset's lock dropped, so its message changes;
    // Drop gone; Add new.
    private const string After = """
        package queue

        import "sync"



        type Counter struct {
        	sync.Mutex
        	counts map[string]int
        }

        func (c *Counter) Init(key string) {
        	size := len(c.counts)

        	_ = size
        	if _, ok := c.counts[key]; !ok {
        		c.Lock()
        		c.counts[key] = 0
        		c.Unlock()
        	}
        }

        func (c *Counter) Reset(key string) {
        	if _, ok := c.counts[key]; ok {
        		c.counts[key] = 0
        	}
        }

        func (c *Counter) Add(key string) {
        	if _, ok := c.counts[key]; !ok {
        		c.Lock()
        		c.counts[key] = 1
        		c.Unlock()
        	}
        }

        """;

    private static readonly AnalyzerEngine Engine = TestEngine.Create([new GoFrontend()], AllRules.Create());

    [Test]
    public void Findings_are_new_unchanged_updated_or_absent_against_the_baseline()
    {
        var root = Directory.CreateTempSubdirectory("toctou-baseline-");
        try
        {
            var source = Path.Combine(root.FullName, "src");
            Directory.CreateDirectory(source);
            var file = Path.Combine(source, "counter.go");
            File.WriteAllText(file, Before);
            var before = Engine.Scan(new ScanRequest([source]));
            var baselinePath = Path.Combine(root.FullName, "before.sarif");
            using (var writer = new StreamWriter(baselinePath)) new SarifEmitter(ToolIdentity.Default).Emit(before, writer);
            File.WriteAllText(file, After);

            var after = SarifBaseline.Read(baselinePath).Compare(Engine.Scan(new ScanRequest([source])));

            Assert.Multiple(() =>
            {
                Assert.That(before.Findings.Select(f => f.FunctionName), Is.EqualTo(new[] { "Counter.Init", "Counter.Reset", "Counter.Drop" }));
                Assert.That(after.Findings.Select(f => (f.FunctionName, f.BaselineState)), Is.EqualTo(new (string, BaselineState?)[]
                {
                    ("Counter.Init", BaselineState.Unchanged), ("Counter.Reset", BaselineState.Updated), ("Counter.Add", BaselineState.New),
                }));
                Assert.That(after.Findings[0].Location.StartLine, Is.Not.EqualTo(before.Findings[0].Location.StartLine), "the edit moved the finding");
                Assert.That(after.Absent!.Select(a => (a.RuleId, a.Path, a.StartLine)), Is.EqualTo(new[] { ("TOCTOU001", "counter.go", before.Findings[2].Location.StartLine) }));
            });
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Test]
    public void The_sarif_of_a_comparison_says_each_result_s_state_and_lists_the_absent_ones()
    {
        var root = Directory.CreateTempSubdirectory("toctou-baseline-");
        try
        {
            var file = Path.Combine(root.FullName, "counter.go");
            File.WriteAllText(file, Before);
            var baselinePath = Path.Combine(root.FullName, "before.sarif");
            using (var writer = new StreamWriter(baselinePath)) new SarifEmitter(ToolIdentity.Default).Emit(Engine.Scan(new ScanRequest([file])), writer);
            File.WriteAllText(file, After);
            var after = SarifBaseline.Read(baselinePath).Compare(Engine.Scan(new ScanRequest([file])));

            using var sarif = new StringWriter();
            new SarifEmitter(ToolIdentity.Default).Emit(after, sarif);

            Assert.That(sarif.ToString(), Does.Contain("\"baselineState\": \"unchanged\"").And.Contain("\"baselineState\": \"updated\"")
                .And.Contain("\"baselineState\": \"new\"").And.Contain("\"baselineState\": \"absent\""));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    [Test]
    public void A_file_that_is_not_our_sarif_is_refused_with_what_to_give()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, "{\"runs\": [{\"results\": [{\"ruleId\": \"X\"}]}]}");

            var error = Assert.Throws<InvalidDataException>(() => SarifBaseline.Read(path));

            Assert.That(error!.Message, Does.Contain("is not a SARIF log of this analyzer with fingerprinted results").And.Contain("give a file that 'toctou scan --format sarif' wrote"));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
