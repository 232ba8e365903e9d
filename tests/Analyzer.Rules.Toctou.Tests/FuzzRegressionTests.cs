using Analyzer.Core.Engine;
using Analyzer.Testing;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>Replays every input in <c>tests/fuzz-regressions/</c>: crashes fuzzing found (docs/fuzzing.md) and hostile
/// inputs written by hand. Each is scanned as the fuzzing harness scans it, on a thread with the smallest default
/// stack; the scan completes and every error diagnostic and finding points inside the file.</summary>
[TestFixture]
public sealed class FuzzRegressionTests
{
    private static readonly string Root = Path.Combine(AppContext.BaseDirectory, "fuzz-regressions");

    public static IEnumerable<TestCaseData> Inputs() =>
        Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .Select(input => new TestCaseData(input).SetArgDisplayNames(input));

    [TestCase("go", ".go")]
    [TestCase("python", ".py")]
    [TestCase("java", ".java")]
    public void Every_language_has_regression_inputs_of_its_extension(string language, string extension)
    {
        var inputs = Directory.GetFiles(Path.Combine(Root, language));

        Assert.That(inputs, Is.Not.Empty, $"tests/fuzz-regressions/{language}/ has no inputs to replay");
        Assert.That(inputs.Select(Path.GetExtension), Has.All.EqualTo(extension), $"a scan reads only {extension} files as {language}");
    }

    [TestCaseSource(nameof(Inputs))]
    public void The_scan_completes_and_every_error_and_finding_points_inside_the_file(string input)
    {
        var path = Path.Combine(Root, input);

        var result = SmallStackScan.Run(AllRules.Engine, new ScanRequest([path], MaxParallelism: 1));

        Assert.That(ScanInvariants.Violations(result, path), Is.Empty);
    }
}
