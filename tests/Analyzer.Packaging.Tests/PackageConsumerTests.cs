using System.IO.Compression;
using System.Reflection;

namespace Analyzer.Packaging.Tests;

/// <summary>
/// Packs the packable projects with a unique version into a local feed, then restores, builds and runs
/// tests/PackageConsumer — a project outside the solution that sees the libraries only as packages — on the bundled
/// sample. Proves the packages carry what a user needs: assemblies, the README and correct dependencies.
/// </summary>
[TestFixture]
[Category("Packaging")]
public sealed class PackageConsumerTests
{
    private static readonly string RepoRoot = Metadata("RepoRoot");
    private static readonly string Configuration = Metadata("Configuration");
    private static readonly string Feed = Path.Combine(RepoRoot, "artifacts", "consumer-feed");
    private static readonly string ConsumerPackages = Path.Combine(RepoRoot, "artifacts", "consumer-packages");
    private static readonly string Consumer = Path.Combine(RepoRoot, "tests", "PackageConsumer");

    private string _version = null!;

    [OneTimeSetUp]
    public void PackTheLibraries()
    {
        // The projects were built with the tests (see the project file), so packing does not build them again.
        _version = $"{Metadata("Version")}-consumer.{DateTime.UtcNow:yyyyMMddHHmmssfff}";
        if (Directory.Exists(Feed)) Directory.Delete(Feed, recursive: true);
        Directory.CreateDirectory(Feed);

        var pack = DotNetCli.Run(RepoRoot, TimeSpan.FromMinutes(5),
            "pack", "Analyzer.sln", "-c", Configuration, "--no-build", "-o", Feed, $"-p:PackageVersion={_version}", "--nologo");
        Assert.That(pack.ExitCode, Is.Zero, pack.ToString);
    }

    [TestCase("Analyzer.Core")]
    [TestCase("Analyzer.Emitters")]
    [TestCase("Analyzer.Rules.Toctou")]
    [TestCase("Analyzer.Frontends.Antlr")]
    [TestCase("Analyzer.Frontends.Go")]
    [TestCase("Analyzer.Frontends.Python")]
    public void Each_library_package_carries_its_assembly_and_the_readme(string id)
    {
        var package = Path.Combine(Feed, $"{id}.{_version}.nupkg");
        Assert.That(package, Does.Exist);
        using var zip = ZipFile.OpenRead(package);
        var entries = zip.Entries.Select(e => e.FullName).ToList();
        Assert.That(entries, Does.Contain($"lib/net10.0/{id}.dll"));
        Assert.That(entries, Does.Contain("README.md"));
    }

    [Test]
    public void The_tests_are_not_packed_and_the_host_is_packed_as_the_toctou_tool()
    {
        var packed = Directory.GetFiles(Feed, "*.nupkg").Select(Path.GetFileName).ToList();
        Assert.That(packed, Has.None.Contains("SampleHost").And.None.Contains("Tests").And.None.Contains("Testing"));
        Assert.That(packed, Does.Contain($"toctou.{_version}.nupkg"));
    }

    [Test]
    public void The_tool_installs_from_the_feed_and_its_command_scans()
    {
        var tools = Directory.CreateTempSubdirectory("toctou-tool-");
        try
        {
            var install = DotNetCli.Run(RepoRoot, TimeSpan.FromMinutes(5),
                "tool", "install", "toctou", "--tool-path", tools.FullName, "--add-source", Feed, "--version", _version);
            Assert.That(install.ExitCode, Is.Zero, install.ToString);
            var command = Path.Combine(tools.FullName, OperatingSystem.IsWindows() ? "toctou.exe" : "toctou");

            var version = DotNetCli.RunTool(command, RepoRoot, TimeSpan.FromMinutes(2), "--version");
            var scan = DotNetCli.RunTool(command, RepoRoot, TimeSpan.FromMinutes(2), "scan", Path.Combine(RepoRoot, "samples", "default"), "--format", "sarif", "--no-cache");

            Assert.Multiple(() =>
            {
                Assert.That(version.ExitCode, Is.Zero, version.ToString);
                Assert.That(version.Out.Trim(), Does.StartWith(Metadata("Version")));
                Assert.That(scan.ExitCode, Is.EqualTo(0).Or.EqualTo(1), scan.ToString);
                Assert.That(scan.Out, Does.Contain("\"ruleId\": \"TOCTOU").And.Contain("queue.go"), scan.ToString);
            });
        }
        finally
        {
            tools.Delete(recursive: true);
        }
    }

    [Test]
    public void A_separate_project_restores_the_packages_builds_and_scans_through_the_public_api()
    {
        // Only this run's packages: earlier runs' versions would otherwise pile up in the consumer's package folder.
        if (Directory.Exists(ConsumerPackages))
            foreach (var stale in Directory.GetDirectories(ConsumerPackages, "analyzer.*"))
                Directory.Delete(stale, recursive: true);

        var sample = Path.Combine(RepoRoot, "samples", "default");
        // NUGET_PACKAGES would override the consumer's nuget.config; point it at the consumer's own folder.
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = ConsumerPackages };
        var run = DotNetCli.Run(Consumer, TimeSpan.FromMinutes(5), environment,
            "run", "-c", "Release", $"-p:AnalyzerPackageVersion={_version}", "--", sample);

        Assert.That(run.ExitCode, Is.Zero, run.ToString);
        // The bundled sample: one Go and one Python file, each with check-then-act races.
        // TOCTOU004 raised to error by the request (the Python file has one); the second scan all from the cache and
        // unchanged against the first one's SARIF.
        Assert.That(run.Error, Does.Match(@"consumer: 2 frontends, [1-9]\d* rules, 2 files, (?<n>[1-9]\d*) findings, 1 at error level, \k<n> unchanged against the baseline, 2 folders from the cache"), run.ToString);
        Assert.That(run.Out, Does.Contain("go/queue.go").And.Contain("python/cache.py"), run.ToString);
        Assert.That(run.Out, Does.StartWith("#"), "the Markdown report is printed");
        foreach (var id in new[] { "analyzer.core", "analyzer.emitters", "analyzer.rules.toctou", "analyzer.frontends.go", "analyzer.frontends.python", "analyzer.frontends.antlr" })
            Assert.That(Path.Combine(ConsumerPackages, id, _version), Does.Exist, $"{id} {_version} came from the local feed");
    }

    private static string Metadata(string key) =>
        typeof(PackageConsumerTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"assembly metadata {key} is missing");
}
