namespace Analyzer.Evaluation.Tests;

[TestFixture]
public sealed class TriageFileTests
{
    private const string Valid = TriageFile.Header + "\n"
        + "# a comment\n"
        + "k8s\tabc\tTOCTOU001\tpkg/a.go:3\ttrue\ttrue\tno lock on the write path\n"
        + "k8s\tdef\tTOCTOU004\tpkg/b.go:9\tfalse\tfalse\t[act-handles-race] the create tests os.IsExist\n";

    [Test]
    public void Reads_every_verdict_line()
    {
        var entries = TriageFile.Parse(Valid, "triage.tsv");

        Assert.That(entries.Select(e => (e.Fingerprint, e.Verdict, e.MessageTrue)),
            Is.EqualTo(new[] { ("abc", Verdict.True, true), ("def", Verdict.False, false) }));
    }

    [TestCase("k8s\tabc\tTOCTOU001\tpkg/a.go:3\ttrue\ttrue", "expected 7 tab-separated fields")]
    [TestCase("k8s\tabc\tTOCTOU001\tpkg/a.go:3\tmaybe\ttrue\twhy", "the verdict 'maybe' is not one of true, true-benign, false")]
    [TestCase("k8s\tabc\tTOCTOU001\tpkg/a.go:3\ttrue\tyes\twhy", "the message field 'yes' must be true or false")]
    [TestCase("k8s\tabc\tTOCTOU001\tpkg/a.go:3\ttrue\ttrue\t ", "give a one-line reason")]
    public void A_bad_line_is_named_with_what_is_wrong(string line, string problem)
    {
        var error = Assert.Throws<FormatException>(() => TriageFile.Parse(TriageFile.Header + "\n" + line + "\n", "triage.tsv"));

        Assert.That(error!.Message, Does.StartWith("triage.tsv:2: ").And.Contain(problem));
    }

    [Test]
    public void A_finding_judged_twice_is_refused()
    {
        var twice = Valid + "k8s\tabc\tTOCTOU001\tpkg/a.go:3\tfalse\ttrue\t[single-owner] only the loop touches it\n";

        Assert.That(() => TriageFile.Parse(twice, "triage.tsv"), Throws.TypeOf<FormatException>().With.Message.Contains("triage.tsv:5: k8s abc is triaged twice"));
    }
}
