using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Emitters.Markdown;
using Analyzer.Emitters.Reporting;
using Analyzer.Emitters.Sarif;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary><c>toctou:ignore</c> comments accept findings on their line, the line below, or in the function they
/// stand on, in Go's and Python's comment syntax; a comment without a reason, for an unknown rule, or accepting
/// nothing is reported as a TOCTOU000 note.</summary>
[TestFixture]
public sealed class SuppressionTests
{
    private static ScanResult Scan(string fileName, string source)
    {
        var root = Directory.CreateTempSubdirectory("toctou-suppression-");
        try
        {
            File.WriteAllText(Path.Combine(root.FullName, fileName), source);
            return AllRules.Engine.Scan(new ScanRequest([root.FullName]));
        }
        finally
        {
            root.Delete(recursive: true);
        }
    }

    private static IEnumerable<string> Notes(ScanResult result) =>
        result.Findings.Where(f => f.RuleId == "TOCTOU000").Select(f => $"{f.Location.StartLine}: {f.Message}");

    [Test]
    public void A_comment_on_the_finding_s_line_or_alone_above_it_accepts_it_with_its_reason()
    {
        var result = Scan("files.py", """
            import os


            def ensure_dir(path):
                if not os.path.isdir(path):
                    os.makedirs(path)  # toctou:ignore TOCTOU004 -- single-process CLI


            def remove_if_present(path):
                if os.path.isfile(path):
                    # toctou:ignore TOCTOU004 -- the folder is private to this run
                    os.remove(path)


            def write_once(path, data):
                if not os.path.exists(path):
                    with open(path, 'w') as f:
                        f.write(data)

            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Select(f => (f.Location.StartLine, f.Suppression?.Justification)), Is.EqualTo(new (int, string?)[]
            {
                (6, "single-process CLI"), (12, "the folder is private to this run"), (17, null),
            }));
            Assert.That(Notes(result), Is.Empty);
            Assert.That(result.Rules.Select(r => r.Id), Does.Not.Contain("TOCTOU000"));
        });
    }

    [Test]
    public void A_comment_on_a_function_s_declaration_accepts_every_finding_of_its_rules_in_the_function()
    {
        var result = Scan("counter.go", """
            package queue

            import "sync"

            type Counter struct {
            	sync.Mutex
            	counts map[string]int
            }

            // Init is only called from the run loop.
            // toctou:ignore TOCTOU001 -- the run loop is the only caller
            func (c *Counter) Init(key string) {
            	if _, ok := c.counts[key]; !ok {
            		c.Lock()
            		c.counts[key] = 0
            		c.Unlock()
            	}
            	if _, ok := c.counts["total"]; !ok {
            		c.Lock()
            		c.counts["total"] = 0
            		c.Unlock()
            	}
            }

            func (c *Counter) Reset(key string) { // toctou:ignore TOCTOU001 -- tests only
            	if _, ok := c.counts[key]; ok {
            		c.Lock()
            		c.counts[key] = 0
            		c.Unlock()
            	}
            }

            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Where(f => f.RuleId == "TOCTOU001").Select(f => (f.Location.StartLine, f.Suppression?.Justification)),
                Is.EqualTo(new (int, string?)[] { (15, "the run loop is the only caller"), (20, "the run loop is the only caller"), (28, "tests only") }));
            Assert.That(Notes(result), Is.Empty);
        });
    }

    [Test]
    public void A_comment_without_a_reason_for_an_unknown_rule_or_accepting_nothing_is_reported()
    {
        var result = Scan("files.py", """
            import os


            def ensure_dir(path):
                if not os.path.isdir(path):
                    os.makedirs(path)  # toctou:ignore TOCTOU004


            def remove_if_present(path):
                if os.path.isfile(path):
                    os.remove(path)  # toctou:ignore TOCTOU004,TOCTOU999 -- private folder


            def tolerant(path):
                os.makedirs(path, exist_ok=True)  # toctou:ignore TOCTOU004 -- was racy once


            def nothing(path):
                pass  # toctou:ignore -- forgot the rule

            """);

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Where(f => f.RuleId == "TOCTOU004").Select(f => f.Suppression?.Justification), Is.EqualTo(new[] { string.Empty, "private folder" }));
            Assert.That(Notes(result), Is.EqualTo(new[]
            {
                "6: this toctou:ignore comment gives no reason; add one after '--', as in 'toctou:ignore TOCTOU004 -- why the race cannot happen or does no harm'",
                "11: this toctou:ignore comment names TOCTOU999, which is not a rule of this analyzer (its rules: TOCTOU001, TOCTOU002, TOCTOU003, TOCTOU004, TOCTOU005)",
                "15: this toctou:ignore comment accepts no finding of TOCTOU004: the finding is gone, or the comment is not on its line, the line above it, or its function's declaration; remove or move it",
                "19: this toctou:ignore comment names no rule; write it as 'toctou:ignore TOCTOU001 -- why the race cannot happen or does no harm'",
            }));
            Assert.That(result.Findings.Where(f => f.RuleId == "TOCTOU000").Select(f => f.Level).Distinct(), Is.EqualTo(new[] { FindingLevel.Note }));
            Assert.That(result.Rules.Select(r => r.Id).First(), Is.EqualTo("TOCTOU000"));
        });
    }

    [Test]
    public void Sarif_keeps_an_accepted_finding_with_its_justification_and_markdown_counts_it_without_listing_it()
    {
        var result = Scan("files.py", """
            import os


            def ensure_dir(path):
                if not os.path.isdir(path):
                    os.makedirs(path)  # toctou:ignore TOCTOU004 -- single-process CLI

            """);
        var tool = new ToolIdentity("toctou", "0.0.0-test", "https://example.invalid/toctou");
        using var sarif = new StringWriter();
        new SarifEmitter(tool).Emit(result, sarif);
        using var markdown = new StringWriter();
        new MarkdownEmitter(tool).Emit(result, markdown);

        Assert.Multiple(() =>
        {
            Assert.That(sarif.ToString(), Does.Contain("\"kind\": \"inSource\"").And.Contain("\"justification\": \"single-process CLI\""));
            Assert.That(markdown.ToString(), Does.Contain("- Findings: 0 (and 1 accepted by `toctou:ignore` comments, not listed)"));
            Assert.That(markdown.ToString(), Does.Contain("No findings."));
        });
    }
}
