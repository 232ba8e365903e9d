using System.Text.RegularExpressions;

namespace Analyzer.Evaluation;

/// <summary>What the precision figures cover: a project's own production code. Vendored copies of other projects and
/// test code (test folders, Go's <c>_test.go</c>, Python's <c>test_*.py</c>, <c>tests.py</c>, <c>conftest.py</c>, Java's <c>*Test.java</c>, <c>*Tests.java</c>, <c>Test*.java</c>) are
/// reported by a scan but kept out of the figures.</summary>
public static partial class EvaluationScope
{
    public static bool Contains(string path) => !OutOfScope().IsMatch(path.Replace('\\', '/'));

    [GeneratedRegex(@"(^|/)(vendor|third_party|testdata|test|tests|testing|e2e)/|_test\.go$|(^|/)(test_[^/]*|[^/]*_test|tests|conftest)\.py$|(^|/)([^/]*Tests?|Test[A-Z][^/]*)\.java$")]
    private static partial Regex OutOfScope();
}
