using System.Reflection;
using Analyzer.Core.Rules;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>Every rule's help link, which SARIF writes as <c>helpUri</c> under the tool's repository, names a page
/// of this repository about that rule.</summary>
[TestFixture]
public sealed class RuleDocumentationTests
{
    private static IEnumerable<RuleDescriptor> Descriptors() =>
        typeof(ToctouDescriptors).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => f.GetValue(null)).OfType<RuleDescriptor>();

    [TestCaseSource(nameof(Descriptors))]
    public void The_help_link_names_the_rule_s_page_in_docs_rules(RuleDescriptor rule)
    {
        var root = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Analyzer.sln"))) root = root.Parent;
        Assert.That(root, Is.Not.Null, "the tests run inside the repository");
        var page = Path.Combine(root!.FullName, rule.HelpUri);

        Assert.Multiple(() =>
        {
            Assert.That(rule.HelpUri, Is.EqualTo($"docs/rules/{rule.Id}.md"));
            Assert.That(page, Does.Exist);
            Assert.That(File.ReadLines(page).First(), Does.StartWith($"# {rule.Id}"));
            Assert.That(rule.Tags, Does.Contain("external/cwe/cwe-367"));
        });
    }
}
