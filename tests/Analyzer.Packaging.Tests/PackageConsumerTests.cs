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
            var command = InstallTool(tools.FullName);

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
    public void The_installed_tool_configures_excludes_suppresses_gates_on_a_baseline_annotates_draws_and_fixes()
    {
        var tools = Directory.CreateTempSubdirectory("toctou-tool-");
        var tree = Directory.CreateTempSubdirectory("toctou-tool-tree-");
        try
        {
            var toctou = InstallTool(tools.FullName);
            DotNetCli.Result Run(params string[] args) => DotNetCli.RunTool(toctou, tree.FullName, TimeSpan.FromMinutes(2), args);
            void Write(string path, string text)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(tree.FullName, path))!);
                File.WriteAllText(Path.Combine(tree.FullName, path), text);
            }
            const string counter = "package queue\n\nimport \"sync\"\n\ntype Counter struct {\n\tsync.Mutex\n\tcounts map[string]int\n}\n\n" +
                "// Init races: another goroutine can add the key between the check and the write.\n" +
                "func (c *Counter) Init(key string) {\n\tif _, ok := c.counts[key]; !ok {\n\t\tc.Lock()\n\t\tc.counts[key] = 0\n\t\tc.Unlock()\n\t}\n}\n";
            Write("src/queue/counter.go", counter);
            Write("src/vendor/lib/counter.go", counter);
            Write("src/queue/zz_generated.go", "// Code generated by counter-gen. DO NOT EDIT.\n\n" + counter.Replace("Counter", "GenCounter"));
            Write("src/tools/dirs.py", "import os\n\n\ndef ensure(path):\n    if not os.path.isdir(path):\n        os.makedirs(path)\n\n\n" +
                "def keep(path):\n    if os.path.isfile(path):\n        os.remove(path)  # toctou:ignore TOCTOU004 -- a one-shot CLI\n");
            Write("src/.editorconfig", "root = true\n\n[tools/**.py]\ndotnet_diagnostic.TOCTOU004.severity = error\n");

            var sarif = Run("scan", "src", "--format", "sarif", "--output", "main.sarif", "--no-cache");
            var log = File.ReadAllText(Path.Combine(tree.FullName, "main.sarif"));
            var github = Run("scan", "src", "--format", "github", "--no-cache", "--fail-on", "none");
            var markdown = Run("scan", "src", "--no-cache");
            var gate = Run("scan", "src", "--baseline", "main.sarif", "--fail-on", "new", "--no-cache");
            var dryRun = Run("fix", "src", "--dry-run", "--no-cache");
            var fix = Run("fix", "src", "--no-cache");

            Assert.Multiple(() =>
            {
                Assert.That(sarif.ExitCode, Is.EqualTo(1), "error-level findings fail the scan by default\n" + sarif);
                Assert.That(log, Does.Contain("\"uri\": \"queue/counter.go\"").And.Not.Contain("vendor/lib").And.Not.Contain("zz_generated"));
                Assert.That(log, Does.Contain("\"vendor/\": 1").And.Contain("\"generated files\": 1"));
                Assert.That(log, Does.Contain("\"kind\": \"inSource\"").And.Contain("\"justification\": \"a one-shot CLI\""));
                Assert.That(log, Does.Contain("\"helpUri\": \"https://").And.Contain("external/cwe/cwe-367"));
                Assert.That(log, Does.Contain("\"fixes\"").And.Contain("exist_ok=True"));
                Assert.That(log, Does.Match("\"ruleId\": \"TOCTOU004\",\\s*\"ruleIndex\": \\d+,\\s*\"level\": \"error\""), "the .editorconfig raised TOCTOU004 under tools/");
                Assert.That(github.ExitCode, Is.Zero, github.ToString);
                Assert.That(github.Out, Does.Contain("::error file=tools/dirs.py,line=6,").And.Contain("::error file=queue/counter.go,"));
                Assert.That(markdown.Out, Does.Contain("```mermaid").And.Contain("sequenceDiagram"));
                Assert.That(gate.ExitCode, Is.Zero, gate.ToString);
                Assert.That(gate.Error, Does.Contain("against the baseline 0 new, 0 updated, 2 unchanged, 0 absent"), gate.ToString);
                Assert.That(dryRun.Out, Does.Contain("+ os.makedirs(path, exist_ok=True)"), dryRun.ToString);
                Assert.That(fix.ExitCode, Is.Zero, fix.ToString);
                Assert.That(File.ReadAllText(Path.Combine(tree.FullName, "src/tools/dirs.py")), Does.Contain("    os.makedirs(path, exist_ok=True)\n").And.Not.Contain("isdir"));
            });
        }
        finally
        {
            tools.Delete(recursive: true);
            tree.Delete(recursive: true);
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
        // TOCTOU004 raised to error by the request (the Python file has one, with the makedirs fix); the second scan
        // all from the cache and unchanged against the first one's SARIF.
        Assert.That(run.Error, Does.Match(@"consumer: 2 frontends, [1-9]\d* rules, 2 files, (?<n>[1-9]\d*) findings, 1 at error level, \k<n> unchanged against the baseline, 2 folders from the cache, 1 with a fix, \k<n> annotations, 1 accepted in source"), run.ToString);
        Assert.That(run.Out, Does.Contain("```mermaid"), "the error-level finding's diagram");
        Assert.That(run.Out, Does.Contain("go/queue.go").And.Contain("python/cache.py"), run.ToString);
        Assert.That(run.Out, Does.StartWith("#"), "the Markdown report is printed");
        foreach (var id in new[] { "analyzer.core", "analyzer.emitters", "analyzer.rules.toctou", "analyzer.frontends.go", "analyzer.frontends.python", "analyzer.frontends.antlr" })
            Assert.That(Path.Combine(ConsumerPackages, id, _version), Does.Exist, $"{id} {_version} came from the local feed");
    }

    // Installs this run's tool package from the feed into a folder of its own; the path of its command.
    private string InstallTool(string folder)
    {
        var install = DotNetCli.Run(RepoRoot, TimeSpan.FromMinutes(5),
            "tool", "install", "toctou", "--tool-path", folder, "--add-source", Feed, "--version", _version);
        Assert.That(install.ExitCode, Is.Zero, install.ToString);
        return Path.Combine(folder, OperatingSystem.IsWindows() ? "toctou.exe" : "toctou");
    }

    private static string Metadata(string key) =>
        typeof(PackageConsumerTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value
        ?? throw new InvalidOperationException($"assembly metadata {key} is missing");
}
