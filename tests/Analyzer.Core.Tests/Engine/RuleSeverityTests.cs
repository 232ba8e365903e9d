using Analyzer.Core.Engine;
using Analyzer.Core.Engine.Configuration;
using Analyzer.Core.Findings;
using Analyzer.Core.Tests.Support;
using Analyzer.Testing;
using Analyzer.Testing.Toy;

namespace Analyzer.Core.Tests.Engine;

/// <summary>Rule severities from .editorconfig and .globalconfig files, read as Roslyn reads them, and from the request.
/// The toy rules: TOY001 (a check then an act, a warning) and TOY002 (an act with no check, a note).</summary>
[TestFixture]
public sealed class RuleSeverityTests
{
    private static readonly AnalyzerEngine Engine = TestEngine.Create(new ToyFrontend(), new ToyCheckThenActRule(), new ToyUncheckedActRule());
    private const string Source = "func f {\n  act x\n  check y; act y\n}\n";

    private static TempTree Tree()
    {
        var tree = new TempTree();
        tree.Write("repo/app/views.toy", Source);
        tree.Write("repo/app/migrations/0001.toy", Source);
        return tree;
    }

    private static string[] Levels(ScanResult result) =>
        result.Findings.Select(f => $"{f.Location.Path} {f.RuleId} {f.Level}").ToArray();

    private static ScanResult Scan(TempTree tree, ScanRequest? request = null) =>
        Engine.Scan((request ?? new ScanRequest([])) with { Paths = [tree.PathOf("repo")] });

    [Test]
    public void Without_configuration_each_rule_reports_at_its_own_level()
    {
        using var tree = Tree();

        Assert.That(Levels(Scan(tree)), Is.EqualTo(new[]
        {
            "app/migrations/0001.toy TOY002 Note", "app/migrations/0001.toy TOY001 Warning",
            "app/views.toy TOY002 Note", "app/views.toy TOY001 Warning",
        }));
    }

    [Test]
    public void An_editorconfig_sets_severities_per_glob_section()
    {
        using var tree = Tree();
        tree.Write("repo/.editorconfig", """
            root = true

            [*.toy]
            dotnet_diagnostic.TOY001.severity = error

            [**/migrations/**.toy]
            dotnet_diagnostic.TOY002.severity = none
            dotnet_diagnostic.TOY001.severity = suggestion
            """);

        Assert.That(Levels(Scan(tree)), Is.EqualTo(new[]
        {
            "app/migrations/0001.toy TOY001 Note",
            "app/views.toy TOY002 Note", "app/views.toy TOY001 Error",
        }));
    }

    [Test]
    public void The_nearest_editorconfig_wins_and_root_true_ends_the_search()
    {
        using var tree = Tree();
        tree.Write(".editorconfig", "[*.toy]\ndotnet_diagnostic.TOY002.severity = error\n");
        tree.Write("repo/.editorconfig", "[*.toy]\ndotnet_diagnostic.TOY001.severity = error\n");
        tree.Write("repo/app/migrations/.editorconfig", "root = true\n\n[*.toy]\ndotnet_diagnostic.TOY001.severity = silent\n");

        Assert.That(Levels(Scan(tree)), Is.EqualTo(new[]
        {
            "app/migrations/0001.toy TOY002 Note",
            "app/views.toy TOY002 Error", "app/views.toy TOY001 Error",
        }));
    }

    [Test]
    public void A_globalconfig_applies_to_every_file_and_an_editorconfig_section_overrides_it()
    {
        using var tree = Tree();
        tree.Write("repo/.globalconfig", "is_global = true\ndotnet_diagnostic.TOY002.severity = none\n");
        tree.Write("repo/app/migrations/.editorconfig", "[*.toy]\ndotnet_diagnostic.TOY002.severity = error\n");

        Assert.That(Levels(Scan(tree)), Is.EqualTo(new[]
        {
            "app/migrations/0001.toy TOY002 Error", "app/migrations/0001.toy TOY001 Warning",
            "app/views.toy TOY001 Warning",
        }));
    }

    [Test]
    public void The_request_s_severities_apply_where_no_file_sets_the_rule_and_files_can_be_ignored()
    {
        using var tree = Tree();
        tree.Write("repo/.editorconfig", "[**/migrations/**]\ndotnet_diagnostic.TOY001.severity = error\n");
        var severities = new Dictionary<string, RuleSeverity> { ["TOY001"] = RuleSeverity.Off, ["TOY002"] = RuleSeverity.Note };

        var withFiles = Scan(tree, new ScanRequest([], RuleSeverities: severities));
        var withoutFiles = Scan(tree, new ScanRequest([], RuleSeverities: severities, ReadConfigurationFiles: false));

        Assert.Multiple(() =>
        {
            Assert.That(Levels(withFiles), Is.EqualTo(new[]
            {
                "app/migrations/0001.toy TOY002 Note", "app/migrations/0001.toy TOY001 Error", "app/views.toy TOY002 Note",
            }));
            Assert.That(Levels(withoutFiles), Is.EqualTo(new[] { "app/migrations/0001.toy TOY002 Note", "app/views.toy TOY002 Note" }));
        });
    }

    [Test]
    public void A_changed_configuration_is_not_read_from_the_cache()
    {
        using var tree = Tree();
        var cache = tree.PathOf("cache");
        tree.Write("repo/.editorconfig", "[*.toy]\ndotnet_diagnostic.TOY001.severity = error\n");
        Scan(tree, new ScanRequest([], CacheFolder: cache));
        tree.Write("repo/.editorconfig", "[*.toy]\ndotnet_diagnostic.TOY001.severity = none\n");

        var result = Scan(tree, new ScanRequest([], CacheFolder: cache));

        Assert.Multiple(() =>
        {
            Assert.That(result.PackagesReused, Is.Zero);
            Assert.That(result.Findings.Select(f => f.RuleId).Distinct(), Is.EqualTo(new[] { "TOY002" }));
            Assert.That(result.Findings.Select(f => f.Level).Distinct(), Is.EqualTo(new[] { FindingLevel.Note }));
        });
    }
}
