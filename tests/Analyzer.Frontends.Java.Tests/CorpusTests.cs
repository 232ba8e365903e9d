using Analyzer.Core.Frontends;
using Analyzer.Core.Text;
using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Java.Generated;
using Analyzer.Frontends.Java.Lowering;
using Analyzer.Frontends.Java.Parsing;

namespace Analyzer.Frontends.Java.Tests;

/// <summary>
/// Parses every .java file of ZooKeeper 3.8.0, Jetty 9.4.57, Guava 31.1 and the src/ folder of OpenJDK 17.0.19
/// (Debian's source packages, which scripts/corpora.sh fetches; the cake Test target sets TOCTOU_ZOOKEEPER,
/// TOCTOU_JETTY, TOCTOU_GUAVA and TOCTOU_JDK). Every file parses with no syntax error but one, which is not Java:
/// ZooKeeper's Maven-filtered template version/Info.java, whose ${…} placeholders are replaced at build time; it gets a
/// located diagnostic. Every file that parses also lowers to the IR and links without an exception.
/// </summary>
[TestFixture]
[Category("Corpus")]
public sealed class CorpusTests
{
    private const string Template = "java-filtered/org/apache/zookeeper/version/Info.java";

    [TestCase("TOCTOU_ZOOKEEPER", "ZooKeeper 3.8.0", 898)]
    [TestCase("TOCTOU_JETTY", "Jetty 9.4.57", 3019)]
    [TestCase("TOCTOU_GUAVA", "Guava 31.1", 3039)]
    [TestCase("TOCTOU_JDK", "OpenJDK 17.0.19, src/", 13822)]
    public void Every_java_file_of_the_tree_parses_and_lowers(string variable, string corpus, int files)
    {
        var root = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrEmpty(root) || !Directory.Exists(root))
        {
            Assert.Ignore($"Set {variable} to the unpacked {corpus} tree; scripts/corpora.sh (the build script's Corpora target) " +
                          "fetches it from Debian's archive into ~/.cache/toctou-analyzer/corpora.");
            return;
        }
        var paths = Directory.EnumerateFiles(root, "*.java", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var failed = new List<string>();
        var template = new List<ParseDiagnostic>();
        foreach (var path in paths)
        {
            var text = new SourceText(path, File.ReadAllText(path));
            var result = JavaParsing.Parse(text, ParseLimits.Default);
            var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
            if (path.Replace('\\', '/').EndsWith(Template, StringComparison.Ordinal)) template.AddRange(errors);
            else if (errors.Count > 0 || result.Tree is null) failed.Add($"{path}: {errors.FirstOrDefault()}");
            else if (LoweringFailure(text, result) is { } failure) failed.Add($"{path}: lowering threw {failure}");
        }
        TestContext.Out.WriteLine($"{corpus}: {paths.Count:N0} files, {failed.Count} with syntax errors or failed lowerings");
        foreach (var line in failed.Take(30)) TestContext.Out.WriteLine(line);

        Assert.Multiple(() =>
        {
            Assert.That(paths, Has.Count.EqualTo(files));
            Assert.That(failed, Is.Empty, "files with syntax errors or failed lowerings");
            if (variable == "TOCTOU_ZOOKEEPER")
                Assert.That(template, Is.Not.Empty.And.All.Matches<ParseDiagnostic>(d => d.Span.StartLine > 0), "the Maven template is not Java");
        });
    }

    private static string? LoweringFailure(SourceText text, AntlrParseResult<JavaParser.CompilationUnitContext> parse)
    {
        try
        {
            new JavaLowering(text, parse.Tokens).LowerFile(parse.Tree!).Link();
            return null;
        }
        catch (Exception e)
        {
            return $"{e.GetType().Name}: {e.Message}";
        }
    }
}
