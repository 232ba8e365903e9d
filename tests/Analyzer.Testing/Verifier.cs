using Analyzer.Core.Engine;
using Analyzer.Core.Frontends;
using Analyzer.Core.Rules;
using Analyzer.Core.Text;
using Analyzer.Testing.Expectations;
using Analyzer.Testing.Verification;

namespace Analyzer.Testing;

/// <summary>
/// Runs the real engine (<see cref="TestEngine"/>) over a fixture file or folder and compares its findings with the
/// markers written in the fixture's comments (see <see cref="FixtureExpectations"/> for the syntax). Throws
/// <see cref="FixtureVerificationException"/> listing every mismatch: a malformed marker, a missing or unexpected
/// finding, a wrong rule id or message, a missing asserted related location, or an error diagnostic.
/// </summary>
/// <example><code>Verifier.Verify("Fixtures/check_then_act.toy", new ToyFrontend(), new ToyCheckThenActRule());</code></example>
public static class Verifier
{
    /// <summary>Verifies a fixture file, or every file of <paramref name="frontend"/>'s language under a folder
    /// (one package per directory, as the engine scans). A relative path is tried against the current directory,
    /// then against the test assembly's directory.</summary>
    /// <returns>The scan's result, for further assertions.</returns>
    public static ScanResult Verify(string fixturePath, ILanguageFrontend frontend, params AnalysisRule[] rules) =>
        Verify(fixturePath, VerifyOptions.Default, frontend, rules);

    /// <inheritdoc cref="Verify(string, ILanguageFrontend, AnalysisRule[])"/>
    public static ScanResult Verify(string fixturePath, VerifyOptions options, ILanguageFrontend frontend, params AnalysisRule[] rules)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(frontend);
        var full = Resolve(fixturePath);
        if (File.Exists(full)) return Run(full, [Read(full, Path.GetFileName(full), frontend)], options, frontend, rules);
        if (Directory.Exists(full)) return VerifyFolder(full, options, frontend, rules);
        throw new FileNotFoundException($"the fixture '{fixturePath}' does not exist (looked at {full}); check the path and that the fixtures are copied to the test output", full);
    }

    /// <summary>Verifies every file of <paramref name="frontend"/>'s language under a folder, as one scan.</summary>
    /// <returns>The scan's result, for further assertions.</returns>
    public static ScanResult VerifyFolder(string folderPath, ILanguageFrontend frontend, params AnalysisRule[] rules) =>
        VerifyFolder(folderPath, VerifyOptions.Default, frontend, rules);

    /// <inheritdoc cref="VerifyFolder(string, ILanguageFrontend, AnalysisRule[])"/>
    public static ScanResult VerifyFolder(string folderPath, VerifyOptions options, ILanguageFrontend frontend, params AnalysisRule[] rules)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(frontend);
        var full = Resolve(folderPath);
        if (!Directory.Exists(full))
            throw new DirectoryNotFoundException($"the fixture folder '{folderPath}' does not exist (looked at {full}); check the path and that the fixtures are copied to the test output");
        var extensions = new HashSet<string>(frontend.FileExtensions, StringComparer.OrdinalIgnoreCase);
        var enumeration = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var files = Directory.EnumerateFiles(full, "*", enumeration)
            .Where(f => extensions.Contains(Path.GetExtension(f)))
            .Order(StringComparer.Ordinal)
            .Select(f => Read(f, Path.GetRelativePath(full, f).Replace('\\', '/'), frontend))
            .ToList();
        if (files.Count == 0)
            throw new FixtureVerificationException(full, [new FixtureMismatch(full, 0, MismatchKind.NoFixtureFiles,
                $"the folder has no {string.Join(" or ", frontend.FileExtensions)} file for the {frontend.LanguageId} frontend to read, so nothing was verified")], []);
        return Run(full, files, options, frontend, rules);
    }

    /// <summary>Verifies <paramref name="source"/> written to a file named <paramref name="fileName"/> in a fresh
    /// temporary folder (deleted afterwards); failure messages name the temporary path.</summary>
    /// <returns>The scan's result, for further assertions.</returns>
    public static ScanResult VerifySource(string fileName, string source, ILanguageFrontend frontend, params AnalysisRule[] rules) =>
        VerifySource(fileName, source, VerifyOptions.Default, frontend, rules);

    /// <inheritdoc cref="VerifySource(string, string, ILanguageFrontend, AnalysisRule[])"/>
    public static ScanResult VerifySource(string fileName, string source, VerifyOptions options, ILanguageFrontend frontend, params AnalysisRule[] rules)
    {
        if (Path.GetFileName(fileName) != fileName) throw new ArgumentException("give a bare file name, such as 'a.go'", nameof(fileName));
        var folder = Directory.CreateTempSubdirectory("analyzer-fixture-");
        try
        {
            var path = Path.Combine(folder.FullName, fileName);
            File.WriteAllText(path, source);
            return Verify(path, options, frontend, rules);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static ScanResult Run(string fixture, IReadOnlyList<FixtureFile> files, VerifyOptions options, ILanguageFrontend frontend, AnalysisRule[] rules)
    {
        var engine = TestEngine.Create(frontend, rules);
        var result = engine.Scan(new ScanRequest([fixture], MaxParallelism: options.MaxParallelism));
        var mismatches = FindingMatcher.Compare(files, result, options);
        if (mismatches.Count > 0)
            throw new FixtureVerificationException(fixture, mismatches, FindingMatcher.DescribeAll(files, result));
        return result;
    }

    private static FixtureFile Read(string fullPath, string reportedPath, ILanguageFrontend frontend)
    {
        if (!frontend.FileExtensions.Contains(Path.GetExtension(fullPath), StringComparer.OrdinalIgnoreCase))
            throw new ArgumentException($"the {frontend.LanguageId} frontend does not read '{fullPath}': its extensions are {string.Join(", ", frontend.FileExtensions)}", nameof(fullPath));
        var text = SourceText.FromFile(fullPath, reportedPath);
        return new FixtureFile(reportedPath, fullPath, FixtureExpectations.Parse(text, frontend.CommentSyntax));
    }

    private static string Resolve(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (Path.IsPathRooted(path)) return Path.GetFullPath(path);
        var fromCurrent = Path.GetFullPath(path);
        if (File.Exists(fromCurrent) || Directory.Exists(fromCurrent)) return fromCurrent;
        return Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, path));
    }
}
