using Analyzer.Frontends.Python.Tests.Support;

namespace Analyzer.Frontends.Python.Tests;

/// <summary>Every truncation of real code (cut mid-token, mid-string, mid-block) parses without an exception: the
/// lowering copes with whatever error recovery makes of the tree.</summary>
[TestFixture]
public sealed class RobustnessTests
{
    [TestCase("locked_registry.py")]
    [TestCase("sql_store.py")]
    [TestCase("fstrings.py")]
    public void Every_prefix_of_a_fixture_parses_without_throwing(string fixture)
    {
        var source = File.ReadAllText(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", fixture));
        var failures = new List<string>();
        for (var cut = 0; cut <= source.Length; cut += 3)
        {
            var prefix = source[..cut];
            try
            {
                var parsed = PythonSource.Parse(prefix);
                if (parsed.Module is null && !parsed.HasErrors) failures.Add($"cut {cut}: no module and no error");
            }
            catch (Exception e)
            {
                failures.Add($"cut {cut}: {e.GetType().Name}: {e.Message}");
            }
        }
        Assert.That(failures, Is.Empty);
    }

    [TestCase("locked_registry.py")]
    [TestCase("fstrings.py")]
    public void Deleting_any_one_line_parses_without_throwing(string fixture)
    {
        var lines = File.ReadAllLines(Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", fixture));
        for (var i = 0; i < lines.Length; i++)
        {
            var source = string.Join("\n", lines.Where((_, j) => j != i)) + "\n";
            Assert.DoesNotThrow(() => PythonSource.Parse(source), $"without line {i + 1}");
        }
    }
}
