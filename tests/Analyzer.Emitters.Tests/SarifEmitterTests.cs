using System.Reflection;
using System.Text.Json;
using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Core.Fixes;
using Analyzer.Core.Text;
using Analyzer.Emitters.Reporting;
using Analyzer.Emitters.Sarif;

namespace Analyzer.Emitters.Tests;

[TestFixture]
public sealed class SarifEmitterTests
{
    [Test]
    public void Format_is_sarif() => Assert.That(new SarifEmitter().Format, Is.EqualTo("sarif"));

    [Test]
    public void The_log_has_the_structure_consumers_rely_on()
    {
        var scan = SampleScan.Create();
        using var log = Parse(scan);
        var root = log.RootElement;

        Assert.That(root.GetProperty("$schema").GetString(), Is.EqualTo("https://json.schemastore.org/sarif-2.1.0.json"));
        Assert.That(root.GetProperty("version").GetString(), Is.EqualTo("2.1.0"));
        Assert.That(root.GetProperty("runs").GetArrayLength(), Is.EqualTo(1));
        var run = root.GetProperty("runs")[0];

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.That(driver.GetProperty("name").GetString(), Is.EqualTo("toctou"));
        Assert.That(driver.GetProperty("version").GetString(), Is.EqualTo("1.2.3-test"));
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.That(rules.Select(r => r.GetProperty("id").GetString()), Is.EqualTo(scan.Rules.Select(r => r.Id)));

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.That(results, Has.Count.EqualTo(scan.Findings.Count));
        for (var i = 0; i < results.Count; i++)
        {
            var result = results[i];
            var finding = scan.Findings[i];
            var ruleIndex = result.GetProperty("ruleIndex").GetInt32();
            Assert.That(rules[ruleIndex].GetProperty("id").GetString(), Is.EqualTo(result.GetProperty("ruleId").GetString()), $"results[{i}].ruleIndex");
            Assert.That(result.GetProperty("partialFingerprints").GetProperty(SarifEmitter.FingerprintKey).GetString(), Is.EqualTo(finding.Fingerprint));

            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            Assert.That(location.GetProperty("artifactLocation").GetProperty("uri").GetString(), Is.EqualTo(finding.Location.Path));
            Assert.That(location.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString(), Is.EqualTo("%SRCROOT%"));
            Assert.That(location.GetProperty("region").GetProperty("startLine").GetInt32(), Is.EqualTo(finding.Location.StartLine));

            var related = result.GetProperty("relatedLocations").EnumerateArray().ToList();
            var ids = related.Select(r => r.GetProperty("id").GetInt32()).ToList();
            Assert.That(ids, Is.Unique.And.EqualTo(Enumerable.Range(1, finding.Related.Count)), $"results[{i}].relatedLocations ids");
            var messages = related.Select(r => r.GetProperty("message").GetProperty("text").GetString()).ToList();
            var roles = finding.Related.Select(r => ReportVocabulary.RoleName(r.Role) + ": ").ToList();
            Assert.That(messages.Zip(roles).All(p => p.First!.StartsWith(p.Second, StringComparison.Ordinal)), Is.True, $"results[{i}] related messages name their roles: {string.Join(" | ", messages)}");
        }

        var invocation = run.GetProperty("invocations")[0];
        Assert.That(invocation.GetProperty("executionSuccessful").GetBoolean(), Is.True);
        var notification = invocation.GetProperty("toolExecutionNotifications")[0];
        Assert.That(notification.GetProperty("level").GetString(), Is.EqualTo("error"));
        Assert.That(notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString(),
            Is.EqualTo(SampleScan.PythonPath));
    }

    [Test]
    public void The_log_meets_the_sarif_2_1_0_schema_constraints()
    {
        using var log = Parse(SampleScan.Create());
        Assert.That(SarifSchemaChecks.Violations(log.RootElement), Is.Empty);
    }

    [Test]
    public void A_log_with_fixes_suppressions_baseline_states_and_absent_results_meets_the_schema_constraints()
    {
        var scan = SampleScan.Create();
        var first = scan.Findings[0];
        var findings = scan.Findings.Select((f, i) => f with { BaselineState = (BaselineState)(i % 3) }).ToList();
        findings[0] = findings[0] with { Suppression = new Suppression("only the owner goroutine writes it", first.Location) };
        findings[1] = findings[1] with { CodeFix = new CodeFix("Do it atomically", [new TextEdit(findings[1].Location, "atomic()")]) };
        var compared = scan with { Findings = findings, Absent = [new AbsentFinding("TOCTOU001", FindingLevel.Warning, "gone", "pkg/old.go", 12, "0123")] };

        using var log = Parse(compared);

        var results = log.RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Multiple(() =>
        {
            Assert.That(SarifSchemaChecks.Violations(log.RootElement), Is.Empty);
            Assert.That(results[0].GetProperty("suppressions")[0].GetProperty("justification").GetString(), Is.EqualTo("only the owner goroutine writes it"));
            Assert.That(results.EnumerateArray().Select(r => r.GetProperty("baselineState").GetString()), Is.EqualTo(new[] { "new", "unchanged", "updated", "absent" }));
            var replacement = results[1].GetProperty("fixes")[0].GetProperty("artifactChanges")[0].GetProperty("replacements")[0];
            Assert.That(replacement.GetProperty("insertedContent").GetProperty("text").GetString(), Is.EqualTo("atomic()"));
            Assert.That(replacement.GetProperty("deletedRegion").GetProperty("startLine").GetInt32(), Is.EqualTo(findings[1].Location.StartLine));
        });
    }

    [Test]
    public void The_schema_checks_catch_what_they_claim_to()
    {
        const string broken = """
            {
              "version": "2.0.0",
              "runs": [ { "tool": { "driver": { "name": "t", "rules": [ { "id": "A" } ] } },
                "results": [ { "ruleId": "B", "ruleIndex": 0, "level": "fatal", "message": { "text": "m" }, "extra": 1, "baselineState": "gone",
                  "suppressions": [ { "justification": "j" } ],
                  "locations": [ { "physicalLocation": { "artifactLocation": { "uri": "a b.go" }, "region": { "startLine": 0, "endLine": 2, "endColumn": 1 } } } ],
                  "relatedLocations": [ { "id": 1, "message": { "text": "x" } }, { "id": 1 } ] } ] } ]
            }
            """;
        using var log = JsonDocument.Parse(broken);
        var violations = SarifSchemaChecks.Violations(log.RootElement);
        Assert.That(violations, Has.Some.Contains("$.version"));
        Assert.That(violations, Has.Some.Contains("ruleIndex: rule 0 is 'A'"));
        Assert.That(violations, Has.Some.Contains(".level: 'fatal'"));
        Assert.That(violations, Has.Some.Contains(".extra: not a property of result"));
        Assert.That(violations, Has.Some.Contains("startLine: 0 is below the minimum 1"));
        Assert.That(violations, Has.Some.Contains("is not a URI reference"));
        Assert.That(violations, Has.Some.Contains("relatedLocations: id 1 is not unique"));
        Assert.That(violations, Has.Some.Contains(".baselineState: 'gone'"));
        Assert.That(violations, Has.Some.Contains("suppressions[0]: lacks required 'kind'"));
    }

    [Test]
    public void The_default_tool_version_is_the_informational_version_of_the_build()
    {
        var expected = typeof(SarifEmitter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        using var log = Parse(SampleScan.Create(), new SarifEmitter());
        var driver = log.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver");
        Assert.That(driver.GetProperty("version").GetString(), Is.EqualTo(expected).And.Not.Empty);
        Assert.That(driver.GetProperty("informationUri").GetString(), Is.EqualTo(ToolIdentity.DefaultInformationUri));
    }

    [Test]
    public void The_region_snippet_is_the_span_and_the_context_is_the_whole_lines()
    {
        using var log = Parse(SampleScan.Create());
        var add = log.RootElement.GetProperty("runs")[0].GetProperty("results")[1].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.That(add.GetProperty("region").GetProperty("snippet").GetProperty("text").GetString(), Is.EqualTo("s.items[key] = obj"));
        Assert.That(add.GetProperty("contextRegion").GetProperty("snippet").GetProperty("text").GetString(), Is.EqualTo("\ts.items[key] = obj"));
    }

    [Test]
    public void Paths_become_escaped_uri_references_and_scan_wide_diagnostics_have_no_location()
    {
        var span = new SourceSpan("odd dir/ünï#1.py", 2, 1, 2, 4, 10, 13);
        var finding = new Finding("TOCTOU001", FindingLevel.Warning, "m", span, "abc", "f", [], "");
        var scan = new ScanResult([], [new ParseDiagnostic(SourceSpan.FileStart("."), DiagnosticSeverity.Error, "rule failed at scan end")],
            [finding], [SampleScan.CheckThenAct], TimeSpan.Zero);
        using var log = Parse(scan);
        var run = log.RootElement.GetProperty("runs")[0];
        var uri = run.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.That(uri, Is.EqualTo("odd%20dir/%C3%BCn%C3%AF%231.py"));
        Assert.That(run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications")[0].TryGetProperty("locations", out _), Is.False);
        Assert.That(run.GetProperty("results")[0].TryGetProperty("properties", out _), Is.False, "no fix, no properties");
        Assert.That(SarifSchemaChecks.Violations(log.RootElement), Is.Empty);
    }

    [Test]
    public void The_same_scan_gives_the_same_bytes()
    {
        var first = Emit(SampleScan.Create(), new SarifEmitter(SampleScan.Tool));
        var second = Emit(SampleScan.Create(), new SarifEmitter(SampleScan.Tool));
        Assert.That(second, Is.EqualTo(first));
        Assert.That(first, Does.Not.Contain("\r"));
    }

    private static JsonDocument Parse(ScanResult scan, SarifEmitter? emitter = null) =>
        JsonDocument.Parse(Emit(scan, emitter ?? new SarifEmitter(SampleScan.Tool)));

    private static string Emit(ScanResult scan, SarifEmitter emitter)
    {
        using var output = new StringWriter();
        emitter.Emit(scan, output);
        return output.ToString();
    }
}
