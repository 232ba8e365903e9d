namespace Analyzer.Frontends.Python.Tests;

/// <summary>
/// Parses and lowers every .py file of Django 3.2.25 (2,697 files, 374 k lines) through the real engine. Runs when
/// TOCTOU_DJANGO names the unpacked tree (the cake Test target sets it from the corpora cache); otherwise ignored.
/// </summary>
[TestFixture]
[Category("Corpus")]
public sealed class CorpusTests
{
    private const int DjangoFiles = 2697;

    [Test]
    public void Django_3_2_25_parses_without_syntax_errors()
    {
        var root = Environment.GetEnvironmentVariable("TOCTOU_DJANGO");
        if (string.IsNullOrEmpty(root) || !Directory.Exists(root))
        {
            Assert.Ignore("Set TOCTOU_DJANGO to the unpacked Django 3.2.25 tree (the python-django source package from " +
                          "Debian's archive, or `git clone --branch 3.2.25 https://github.com/django/django`); the build " +
                          "script's Corpora target fetches it into ~/.cache/toctou-analyzer/corpora/django-3.2.25.");
            return;
        }
        var parse = CorpusParse.Run(new PythonFrontend(), root);
        TestContext.Out.WriteLine(parse.Summary("Django 3.2.25"));
        foreach (var diagnostic in parse.Result.Diagnostics.Take(50)) TestContext.Out.WriteLine(diagnostic);

        Assert.Multiple(() =>
        {
            Assert.That(parse.Result.Files, Has.Count.EqualTo(DjangoFiles));
            Assert.That(parse.FilesWithErrors, Is.Empty, "files with syntax errors");
            Assert.That(parse.FrontendFailures, Is.Empty, "frontend failures");
        });
    }
}
