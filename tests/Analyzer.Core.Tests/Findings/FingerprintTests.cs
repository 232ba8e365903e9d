using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Core.Tests.Support;
using Analyzer.Core.Text;
using Analyzer.Testing;
using Analyzer.Testing.Toy;

namespace Analyzer.Core.Tests.Findings;

[TestFixture]
public sealed class FingerprintTests
{
    private const string Original = "func Store.Put {\n  check key\n  act key\n}\n";

    private static Finding ScanOne(string source)
    {
        using var tree = new TempTree();
        tree.Write("store.toy", source);
        var engine = TestEngine.Create(new ToyFrontend(), new ToyCheckThenActRule());
        return engine.Scan(new ScanRequest([tree.Root])).Findings.Single();
    }

    [Test]
    public void Moving_the_code_keeps_the_fingerprint()
    {
        var before = ScanOne(Original);
        var after = ScanOne("// a new comment\n\nfunc other {\n  check y\n}\n\n" + Original.Replace("  act key", "      act key    "));

        Assert.Multiple(() =>
        {
            Assert.That(after.Location.StartLine, Is.Not.EqualTo(before.Location.StartLine));
            Assert.That(after.Location.StartColumn, Is.Not.EqualTo(before.Location.StartColumn));
            Assert.That(after.Fingerprint, Is.EqualTo(before.Fingerprint));
        });
    }

    [Test]
    public void Different_code_gives_a_different_fingerprint()
    {
        var original = ScanOne(Original);
        var otherName = ScanOne(Original.Replace("key", "value"));
        var otherFunction = ScanOne(Original.Replace("Store.Put", "Store.Set"));

        Assert.Multiple(() =>
        {
            Assert.That(otherName.Fingerprint, Is.Not.EqualTo(original.Fingerprint));
            Assert.That(otherFunction.Fingerprint, Is.Not.EqualTo(original.Fingerprint));
        });
    }

    [Test]
    public void The_fingerprint_depends_on_rule_path_function_and_code_only()
    {
        var finding = new Finding("R1", FindingLevel.Warning, "message", new SourceSpan("a/b.go", 3, 2, 3, 9, 20, 27),
            "m[k] = v", "Store.Put", [], "fix");

        Assert.Multiple(() =>
        {
            Assert.That(finding.Fingerprint, Has.Length.EqualTo(32).And.Match("^[0-9a-f]+$"));
            Assert.That((finding with { Message = "other", Level = FindingLevel.Error, Fix = "other", Location = new SourceSpan("a/b.go", 90, 1, 90, 9, 900, 908) }).Fingerprint,
                Is.EqualTo(finding.Fingerprint));
            Assert.That((finding with { Code = "  m[k]   =\n v " }).Fingerprint, Is.EqualTo(finding.Fingerprint));
            Assert.That((finding with { RuleId = "R2" }).Fingerprint, Is.Not.EqualTo(finding.Fingerprint));
            Assert.That((finding with { Location = finding.Location with { Path = "a/c.go" } }).Fingerprint, Is.Not.EqualTo(finding.Fingerprint));
            Assert.That((finding with { FunctionName = "Store.Get" }).Fingerprint, Is.Not.EqualTo(finding.Fingerprint));
            Assert.That((finding with { Code = "m[k] = w" }).Fingerprint, Is.Not.EqualTo(finding.Fingerprint));
        });
    }
}
