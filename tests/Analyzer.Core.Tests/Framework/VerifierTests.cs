using Analyzer.Core.Rules;
using Analyzer.Core.Tests.Support;
using Analyzer.Testing;
using Analyzer.Testing.Toy;
using Analyzer.Testing.Verification;

namespace Analyzer.Core.Tests.Framework;

[TestFixture]
public sealed class VerifierTests
{
    private static readonly AnalysisRule[] ToyRules = [new ToyCheckThenActRule(), new ToyUncheckedActRule()];

    private static FixtureVerificationException Fails(string source, params AnalysisRule[] rules) =>
        Assert.Throws<FixtureVerificationException>(() => Verifier.VerifySource("t.toy", source, new ToyFrontend(), rules.Length == 0 ? ToyRules : rules))!;

    // Passing fixtures: each also proves it asserted something, so an empty scan could not pass by accident.

    [TestCase("Fixtures/check_then_act.toy", 4)]
    [TestCase("Fixtures/markers.toy", 5)]
    [TestCase("Fixtures/compliant.toy", 0)]
    public void A_fixture_that_matches_passes(string fixture, int findings)
    {
        var result = Verifier.Verify(fixture, new ToyFrontend(), ToyRules);

        Assert.That(result.Findings, Has.Count.EqualTo(findings));
    }

    [Test]
    public void A_folder_is_verified_as_one_scan_with_relative_paths()
    {
        var result = Verifier.VerifyFolder("Fixtures/package", new ToyFrontend(), ToyRules);

        Assert.That(result.Findings.Select(f => $"{f.Location.Path}:{f.Location.StartLine} {f.RuleId}"),
            Is.EqualTo(new[] { "cache.toy:2 TOY002", "inner/nested.toy:4 TOY001", "store.toy:4 TOY001" }));
    }

    [Test]
    public void A_fixture_with_a_syntax_error_passes_only_when_error_diagnostics_are_allowed()
    {
        var result = Verifier.Verify("Fixtures/syntax_error.toy", new VerifyOptions { AllowErrorDiagnostics = true }, new ToyFrontend(), ToyRules);
        var error = Assert.Throws<FixtureVerificationException>(() => Verifier.Verify("Fixtures/syntax_error.toy", new ToyFrontend(), ToyRules))!;

        Assert.Multiple(() =>
        {
            Assert.That(result.Findings.Single().Location.StartLine, Is.EqualTo(4));
            Assert.That(error.Mismatches.Single().Kind, Is.EqualTo(MismatchKind.UnexpectedDiagnostic));
            Assert.That(error.Message, Does.Contain("syntax_error.toy:3: unexpected diagnostic: 3:3: cannot read 'frobnicate x'"));
        });
    }

    [Test]
    public void Matching_pairs_as_many_markers_as_possible()
    {
        // The bare marker could take either finding; it must leave the TOY001 one to the marker that names its message.
        Verifier.VerifySource("t.toy",
            "func f {\n  check x\n  act x; act y // Noncompliant // Noncompliant {{act on 'x' follows the check on line 2, but nothing makes the two atomic}}\n}\n",
            new ToyFrontend(), ToyRules);
    }

    // Failing fixtures: each asserts the mismatch and the text a developer reads.

    [Test]
    public void A_missing_finding_fails()
    {
        var error = Fails("func f {\n  check x // Noncompliant [TOY001]\n}\n");

        var mismatch = error.Mismatches.Single();
        Assert.Multiple(() =>
        {
            Assert.That((mismatch.Kind, mismatch.Line), Is.EqualTo((MismatchKind.MissingFinding, 2)));
            Assert.That(error.Message, Does.Contain("t.toy:2: missing finding: the marker on line 2 expects a finding [TOY001], but nothing was reported on this line"));
            Assert.That(error.Message, Does.Contain("The scan reported no findings."));
        });
    }

    [Test]
    public void A_shifted_marker_that_points_at_the_wrong_line_fails()
    {
        var error = Fails("func f {\n  // Noncompliant @+2\n  act x\n}\n");

        Assert.That(error.Mismatches.Select(m => (m.Kind, m.Line)),
            Is.EqualTo(new[] { (MismatchKind.UnexpectedFinding, 3), (MismatchKind.MissingFinding, 4) }));
    }

    [Test]
    public void An_unexpected_finding_fails_with_its_rule_and_message()
    {
        var error = Fails("func f {\n  act x\n}\n");

        var mismatch = error.Mismatches.Single();
        Assert.Multiple(() =>
        {
            Assert.That((mismatch.Kind, mismatch.Line), Is.EqualTo((MismatchKind.UnexpectedFinding, 2)));
            Assert.That(error.Message, Does.Contain("t.toy:2: unexpected finding: [TOY002] {{act on 'x' in 'f' has no preceding check}} at column 3; add 'Noncompliant' on this line if it is expected"));
            Assert.That(error.Message, Does.Contain("The scan reported:").And.Contain("t.toy:2:3 [TOY002] {{act on 'x' in 'f' has no preceding check}}"));
        });
    }

    [Test]
    public void A_second_finding_on_a_line_with_one_marker_fails()
    {
        var error = Fails("func f {\n  act x; act y // Noncompliant\n}\n");

        Assert.That(error.Mismatches.Single().Message, Does.StartWith("[TOY002] {{act on 'y' in 'f' has no preceding check}} at column 10"));
    }

    [Test]
    public void A_wrong_message_fails_showing_both_messages()
    {
        var error = Fails("func f {\n  act x // Noncompliant {{act on 'x' is bad}}\n}\n");

        var mismatch = error.Mismatches.Single();
        Assert.Multiple(() =>
        {
            Assert.That((mismatch.Kind, mismatch.Line), Is.EqualTo((MismatchKind.WrongFinding, 2)));
            Assert.That(mismatch.Message, Is.EqualTo(
                "the marker on line 2 expects a finding {{act on 'x' is bad}}, but the finding here is [TOY002] {{act on 'x' in 'f' has no preceding check}}: the message differs"));
        });
    }

    [Test]
    public void A_wrong_rule_id_fails_naming_both_rules()
    {
        var error = Fails("func f {\n  act x // Noncompliant [TOY001]\n}\n");

        var mismatch = error.Mismatches.Single();
        Assert.Multiple(() =>
        {
            Assert.That(mismatch.Kind, Is.EqualTo(MismatchKind.WrongFinding));
            Assert.That(mismatch.Message, Does.EndWith(": the rule id differs (TOY001 expected, TOY002 reported)"));
        });
    }

    [Test]
    public void A_malformed_marker_fails_with_its_line_and_problem()
    {
        var error = Fails("func f {\n  act x // Noncompliant @x\n}\n");

        Assert.Multiple(() =>
        {
            Assert.That(error.Mismatches.Select(m => m.Kind), Is.EqualTo(new[] { MismatchKind.MalformedMarker, MismatchKind.UnexpectedFinding }));
            Assert.That(error.Message, Does.Contain("t.toy:2: malformed marker: 'Noncompliant @x': '@x' is not a line shift: write @+N or @-N"));
        });
    }

    [TestCase("// Noncompliant [", "'[' is not closed")]
    [TestCase("// Secondary [nosuchrole]", "'nosuchrole' is not a related-location role")]
    [TestCase("// Noncompliant 2", "a count ('2') is not supported")]
    public void Any_malformed_marker_fails_even_where_nothing_else_is_wrong(string marker, string problem)
    {
        var error = Fails($"func f {{\n  check x {marker}\n}}\n");

        Assert.Multiple(() =>
        {
            Assert.That(error.Mismatches.Single().Kind, Is.EqualTo(MismatchKind.MalformedMarker));
            Assert.That(error.Message, Does.Contain("t.toy:2: malformed marker:").And.Contain(problem));
        });
    }

    [Test]
    public void A_missing_asserted_secondary_fails()
    {
        // The check is on line 2; the marker claims line 3.
        var error = Fails("func f {\n  check x\n  act x // Noncompliant [TOY001] // Secondary [check]\n}\n");

        var mismatch = error.Mismatches.Single();
        Assert.Multiple(() =>
        {
            Assert.That((mismatch.Kind, mismatch.Line), Is.EqualTo((MismatchKind.MissingSecondary, 3)));
            Assert.That(error.Message, Does.Contain(
                "t.toy:3: missing secondary: the marker on line 3 expects a related location [check] in a finding some Noncompliant marker matched; no finding has a related location on this line"));
            Assert.That(error.Message, Does.Contain("(related: check line 2)"));
        });
    }

    [Test]
    public void A_secondary_with_the_wrong_role_fails_listing_what_is_there()
    {
        var error = Fails("func f {\n  check x // Secondary [lock]\n  act x // Noncompliant [TOY001]\n}\n");

        Assert.That(error.Mismatches.Single().Message, Does.EndWith(
            "related locations on this line: check {{'x' is checked here}} of TOY001 on line 3"));
    }

    [Test]
    public void A_secondary_with_the_wrong_message_fails()
    {
        var error = Fails("func f {\n  check x // Secondary [check] {{checked}}\n  act x // Noncompliant\n}\n");

        Assert.That(error.Mismatches.Single().Kind, Is.EqualTo(MismatchKind.MissingSecondary));
    }

    [Test]
    public void A_secondary_only_counts_in_a_finding_a_marker_matched()
    {
        // The TOY001 finding has the check, but no Noncompliant marker expects it.
        var error = Fails("func f {\n  check x // Secondary [check]\n  act x\n}\n");

        Assert.That(error.Mismatches.Select(m => (m.Kind, m.Line)),
            Is.EqualTo(new[] { (MismatchKind.MissingSecondary, 2), (MismatchKind.UnexpectedFinding, 3) }));
    }

    [Test]
    public void Every_mismatch_is_listed_in_one_failure_in_line_order()
    {
        var error = Fails(
            "func f {\n" +
            "  act a // Noncompliant [TOY001]\n" +
            "  act b\n" +
            "  check c // Noncompliant // Secondary [nope]\n" +
            "}\n");

        Assert.Multiple(() =>
        {
            Assert.That(error.Mismatches.Select(m => (m.Line, m.Kind)), Is.EqualTo(new[]
            {
                (2, MismatchKind.WrongFinding),
                (3, MismatchKind.UnexpectedFinding),
                (4, MismatchKind.MalformedMarker),
                (4, MismatchKind.MissingFinding),
            }));
            Assert.That(error.Message, Does.Contain("does not match the analyzer's results (4 problems):"));
            Assert.That(error.Message, Does.Contain("t.toy:2: wrong finding").And.Contain("t.toy:3: unexpected finding")
                .And.Contain("t.toy:4: malformed marker").And.Contain("t.toy:4: missing finding"));
        });
    }

    [Test]
    public void A_rule_that_throws_fails_the_verification()
    {
        var error = Fails("func f {\n  act boom // Noncompliant\n}\n", new ThrowingRule(), new ToyUncheckedActRule());

        var mismatch = error.Mismatches.Single();
        Assert.Multiple(() =>
        {
            Assert.That(mismatch.Kind, Is.EqualTo(MismatchKind.UnexpectedDiagnostic));
            Assert.That(mismatch.Message, Does.Contain("rule TEST999 failed here"));
        });
    }

    [Test]
    public void A_folder_with_no_file_of_the_language_fails()
    {
        using var tree = new TempTree();
        tree.Write("a.go", "package a\n");

        var error = Assert.Throws<FixtureVerificationException>(() => Verifier.VerifyFolder(tree.Root, new ToyFrontend(), ToyRules))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Mismatches.Single().Kind, Is.EqualTo(MismatchKind.NoFixtureFiles));
            Assert.That(error.Message, Does.Contain("the folder has no .toy file for the toy frontend to read"));
        });
    }

    [Test]
    public void A_missing_fixture_is_a_clear_error()
    {
        var error = Assert.Throws<FileNotFoundException>(() => Verifier.Verify("Fixtures/no_such.toy", new ToyFrontend(), ToyRules))!;

        Assert.That(error.Message, Does.Contain("the fixture 'Fixtures/no_such.toy' does not exist"));
    }

    [Test]
    public void A_file_of_another_language_is_refused()
    {
        using var tree = new TempTree();
        var path = tree.Write("a.go", "package a\n");

        var error = Assert.Throws<ArgumentException>(() => Verifier.Verify(path, new ToyFrontend(), ToyRules))!;

        Assert.That(error.Message, Does.Contain("the toy frontend does not read"));
    }
}
