using Analyzer.Core.Findings;
using Analyzer.Core.Frontends;
using Analyzer.Core.Text;
using Analyzer.Testing.Expectations;

namespace Analyzer.Core.Tests.Framework;

[TestFixture]
public sealed class MarkerParsingTests
{
    private static readonly CommentSyntax Slashes = new("//");
    private static readonly CommentSyntax Hash = new("#");

    private static FixtureExpectations Parse(string source, CommentSyntax? syntax = null) =>
        FixtureExpectations.Parse(new SourceText("f.x", source), syntax ?? Slashes);

    [Test]
    public void A_bare_marker_expects_any_finding_on_its_line()
    {
        var expectations = Parse("a\nb // Noncompliant\n");

        Assert.Multiple(() =>
        {
            Assert.That(expectations.Findings, Is.EqualTo(new[] { new ExpectedFinding("f.x", 2, 2, null, null) }));
            Assert.That(expectations.Errors, Is.Empty);
        });
    }

    [TestCase("// Noncompliant {{the message}} @+2 [R1]")]
    [TestCase("// Noncompliant [R1] {{the message}} @+2")]
    [TestCase("// Noncompliant@+2[R1]{{the message}}")]
    [TestCase("//Noncompliant   @+2   {{the message}}   [R1]   ")]
    public void Options_come_in_any_order(string marker)
    {
        var expectations = Parse(marker + "\n\nx\n");

        Assert.That(expectations.Findings, Is.EqualTo(new[] { new ExpectedFinding("f.x", 3, 1, "R1", "the message") }));
    }

    [Test]
    public void A_negative_shift_points_above_the_marker()
    {
        var expectations = Parse("x\n// Noncompliant @-1\n");

        Assert.That(expectations.Findings.Single().Line, Is.EqualTo(1));
    }

    [Test]
    public void A_message_keeps_its_text_exactly_even_with_the_comment_prefix_or_brackets_inside()
    {
        var expectations = Parse("x // Noncompliant {{see // here, [not a rule] and @+1 }}\n");

        Assert.That(expectations.Findings.Single(), Is.EqualTo(new ExpectedFinding("f.x", 1, 1, null, "see // here, [not a rule] and @+1 ")));
    }

    [Test]
    public void Several_markers_and_comment_text_share_a_line()
    {
        var expectations = Parse("x // racy, see above // Noncompliant [A] // Noncompliant [B] // Secondary [check]\n");

        Assert.Multiple(() =>
        {
            Assert.That(expectations.Findings.Select(f => f.RuleId), Is.EqualTo(new[] { "A", "B" }));
            Assert.That(expectations.Secondaries.Single().Role, Is.EqualTo(LocationRole.Check));
        });
    }

    [TestCase("check", LocationRole.Check)]
    [TestCase("LOCK", LocationRole.Lock)]
    [TestCase("Caller", LocationRole.Caller)]
    [TestCase("evidence", LocationRole.Evidence)]
    [TestCase("contrast", LocationRole.Contrast)]
    [TestCase("swallowedexception", LocationRole.SwallowedException)]
    [TestCase("SwallowedException", LocationRole.SwallowedException)]
    [TestCase("read", LocationRole.Read)]
    [TestCase("transaction", LocationRole.Transaction)]
    [TestCase("act", LocationRole.Act)]
    public void Secondary_roles_are_LocationRole_names_in_any_case(string name, LocationRole role)
    {
        var expectations = Parse($"x\n// Secondary @-1 [{name}] {{{{held here}}}}\n");

        Assert.That(expectations.Secondaries, Is.EqualTo(new[] { new ExpectedSecondary("f.x", 1, 2, role, "held here") }));
    }

    [Test]
    public void Python_comments_use_their_own_prefix()
    {
        var expectations = Parse("x = d[k]  # Noncompliant [TOCTOU001] {{uses # inside}}\nif k in d:  # Secondary [check]\n", Hash);

        Assert.Multiple(() =>
        {
            Assert.That(expectations.Findings, Is.EqualTo(new[] { new ExpectedFinding("f.x", 1, 1, "TOCTOU001", "uses # inside") }));
            Assert.That(expectations.Secondaries.Single().Line, Is.EqualTo(2));
        });
    }

    [TestCase("s := \"// Noncompliant\"", TestName = "double-quoted string")]
    [TestCase("s := `// Noncompliant`", TestName = "raw string")]
    [TestCase("s := \"a\\\" // Noncompliant\"", TestName = "escaped quote stays in the string")]
    [TestCase("s := \"// Noncompliant is just text\" + '\"'", TestName = "rune after a string")]
    [TestCase("x := 1 /* Noncompliant */", TestName = "block comment")]
    [TestCase("Noncompliant()", TestName = "code")]
    public void Marker_text_outside_a_line_comment_does_not_count(string line)
    {
        var expectations = Parse(line + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(expectations.Findings, Is.Empty);
            Assert.That(expectations.Errors, Is.Empty);
        });
    }

    [TestCase("s = '# Noncompliant'", TestName = "single-quoted Python string")]
    [TestCase("s = \"# Noncompliant\"", TestName = "double-quoted Python string")]
    [TestCase("s = f\"{x} # Noncompliant\"", TestName = "f-string")]
    public void Marker_text_in_a_Python_string_does_not_count(string line) =>
        Assert.That(Parse(line + "\n", Hash).Findings, Is.Empty);

    [TestCase("s := \"http://x\" // Noncompliant")]
    [TestCase("s := 'a' + \"b\\\"\" // Noncompliant")]
    public void A_marker_after_a_string_counts(string line) =>
        Assert.That(Parse(line + "\n").Findings, Has.Count.EqualTo(1));

    [TestCase("// secondary effects of the lock")]
    [TestCase("// This is Noncompliant in spirit only")]
    [TestCase("// Compliant")]
    [TestCase("// NoncompliantButGlued is not the keyword")]
    public void Ordinary_comments_are_not_markers(string line)
    {
        var expectations = Parse(line + "\n");

        Assert.Multiple(() =>
        {
            Assert.That(expectations.Findings, Is.Empty);
            Assert.That(expectations.Secondaries, Is.Empty);
            Assert.That(expectations.Errors, Is.Empty);
        });
    }

    [TestCase("// Noncompliant @x", "'@x' is not a line shift: write @+N or @-N")]
    [TestCase("// Noncompliant @+", "'@+' is not a line shift")]
    [TestCase("// Noncompliant @1", "'@1' is not a line shift")]
    [TestCase("// Noncompliant @-5", "'@-5' points to line -3, outside the file (lines 1 to 4)")]
    [TestCase("// Noncompliant @+9", "'@+9' points to line 11, outside the file")]
    [TestCase("// Noncompliant @+1 @+1", "the line shift is given twice")]
    [TestCase("// Noncompliant [", "'[' is not closed: write [RULE_ID]")]
    [TestCase("// Noncompliant []", "'[]' is empty: write [RULE_ID]")]
    [TestCase("// Noncompliant [A B]", "'[A B]' is not a rule id")]
    [TestCase("// Noncompliant [1A]", "'[1A]' is not a rule id")]
    [TestCase("// Noncompliant [A] [B]", "[RULE_ID] is given twice")]
    [TestCase("// Noncompliant {{abc", "'{{' is not closed: write {{exact message}}")]
    [TestCase("// Noncompliant {{}}", "'{{}}' is empty")]
    [TestCase("// Noncompliant {{a}} {{b}}", "{{message}} is given twice")]
    [TestCase("// Noncompliant 2", "a count ('2') is not supported: write one Noncompliant marker per finding")]
    [TestCase("// Noncompliant foo", "unexpected 'foo': a Noncompliant marker takes only @+N or @-N, [RULE_ID] and {{message}}")]
    [TestCase("// noncompliant", "write the keyword as 'Noncompliant'")]
    [TestCase("// NONCOMPLIANT [A]", "write the keyword as 'Noncompliant'")]
    [TestCase("// Secondary", "a Secondary marker needs the related location's role, for example 'Secondary [check]'; roles: check, ")]
    [TestCase("// Secondary [nosuchrole]", "'nosuchrole' is not a related-location role: use one of check, ")]
    [TestCase("// Secondary [3]", "'3' is not a related-location role")]
    [TestCase("// Secondary [check] [lock]", "[role] is given twice")]
    [TestCase("// Secondary [check] 2", "unexpected '2': a Secondary marker takes only @+N or @-N, [role] and {{message}}")]
    [TestCase("// Secondary effects", "unexpected 'effects'")]
    [TestCase("// secondary [check]", "write the keyword as 'Secondary'")]
    public void A_malformed_marker_is_an_error_with_its_line_and_problem(string marker, string problem)
    {
        var expectations = Parse("x\n" + marker + "\ny\n");

        var error = expectations.Errors.Single();
        Assert.Multiple(() =>
        {
            Assert.That(error.Line, Is.EqualTo(2));
            Assert.That(error.Path, Is.EqualTo("f.x"));
            Assert.That(error.Marker, Is.EqualTo(marker[2..].Trim()));
            Assert.That(error.Problem, Does.StartWith(problem));
            Assert.That(expectations.Findings, Is.Empty);
            Assert.That(expectations.Secondaries, Is.Empty);
        });
    }

    [Test]
    public void The_unknown_role_error_lists_every_role()
    {
        var problem = Parse("// Secondary [nope]\n").Errors.Single().Problem;

        Assert.That(Enum.GetNames<LocationRole>().Select(n => n.ToLowerInvariant()), Has.All.Matches<string>(problem.Contains));
    }

    [Test]
    public void Every_malformed_marker_on_a_line_is_reported_and_good_ones_still_count()
    {
        var expectations = Parse("x // Noncompliant [A] // Noncompliant @x // Secondary [bad]\n");

        Assert.Multiple(() =>
        {
            Assert.That(expectations.Findings.Single().RuleId, Is.EqualTo("A"));
            Assert.That(expectations.Errors.Select(e => e.Marker), Is.EqualTo(new[] { "Noncompliant @x", "Secondary [bad]" }));
        });
    }
}
