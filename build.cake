// The build: dotnet tool restore && dotnet cake --target=<Target>
//
//   Clean            removes artifacts/ and the solution's build output
//   Build            builds Analyzer.sln (Release); ANTLR parsers are generated during the build (npm ci in grammars/)
//   Corpora          obtains Kubernetes 1.20.2 and Django 3.2.25 (scripts/corpora.sh) and exports their roots to the tests
//   PackageConsumer  packs the libraries and builds and runs tests/PackageConsumer against the packages (an NUnit test)
//   Test             (default) Corpora, Build, PackageConsumer, then every other test; TRX files in artifacts/test-results/
//   Pack             packs the packable projects into artifacts/packages/
//   PublishHost      publishes the console host, ReadyToRun-compiled for this machine, into artifacts/host/
//   Bench            parses both corpora with the published host (three runs each, median), splits each frontend's
//                    time into read, lex, parse and lower, and times our parse and scan against tree-sitter, go/parser
//                    and CPython's ast over the same files, interleaved, and re-scans with the cache against a cold
//                    scan (tests/Analyzer.Benchmarks)
//   Evaluate         scans Kubernetes, Django, Syncthing, Mercurial, ZooKeeper and Jetty (corpora.sh --evaluation) and compares the
//                    findings with the committed triage (evaluation/triage.tsv): precision per corpus and per rule, and the
//                    findings without a verdict; --sample=N [--seed=S] also prints N untriaged findings per corpus to judge
//   Sample           localizes the races in both corpora (or samples/default when they are absent) into artifacts/solution.md
//   Fuzz             fuzzes one frontend and the rules with AFL++ and SharpFuzz for a while:
//                      dotnet cake --target=Fuzz --language=go|python|java --minutes=N
//                    builds tests/Analyzer.Fuzzing, instruments a copy of the analyzer's assemblies (the sharpfuzz tool of
//                    the tool manifest), seeds afl-fuzz with the test fixtures of that language and the inputs of
//                    tests/fuzz-regressions/<language>/, gives it the language's dictionary, and writes everything under artifacts/fuzz/<language>/ (a second
//                    run resumes the first); at the end it prints executions, crashes and hangs and where the inputs
//                    are. Needs afl-fuzz (Debian: apt-get install afl++; installed when run as root). See docs/fuzzing.md.

var target = Argument("target", "Test");
var configuration = Argument("configuration", "Release");

var root = MakeAbsolute(Directory("."));
var solution = root.CombineWithFilePath("Analyzer.sln");
var artifacts = root.Combine("artifacts");
var testResults = artifacts.Combine("test-results");
var packages = artifacts.Combine("packages");
var hostDirectory = artifacts.Combine("host");
var host = hostDirectory.CombineWithFilePath("toctou.dll");
var defaultSample = root.Combine("samples/default");

// The corpora's roots, keyed by the environment variable the tests read (TOCTOU_KUBERNETES, TOCTOU_DJANGO); when they
// cannot be had, TOCTOU_CORPORA_UNAVAILABLE says why and the tests that need them are ignored with that reason.
var corpora = new Dictionary<string, string>(StringComparer.Ordinal);
string corporaUnavailable = null;

// The environment every test run gets: the corpora's roots, or why they are missing.
Dictionary<string, string> TestEnvironment()
{
    var environment = new Dictionary<string, string>(corpora, StringComparer.Ordinal);
    if (corporaUnavailable != null) environment["TOCTOU_CORPORA_UNAVAILABLE"] = corporaUnavailable;
    return environment;
}

// Runs the console host and returns its exit code; stdout and stderr go to the console.
int RunHost(params string[] arguments)
{
    return StartProcess("dotnet", new ProcessSettings { Arguments = HostArguments(arguments), WorkingDirectory = root });
}

// Runs the console host and returns what it printed on stdout; a non-zero exit fails the build.
string RunHostForOutput(params string[] arguments)
{
    var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = HostArguments(arguments), WorkingDirectory = root, RedirectStandardOutput = true }, out var output);
    if (exitCode != 0) throw new CakeException($"The host exited {exitCode}: toctou {string.Join(" ", arguments)}");
    return string.Join("\n", output);
}

ProcessArgumentBuilder HostArguments(string[] arguments)
{
    if (!FileExists(host)) throw new CakeException($"The host is not published at {host}; run the PublishHost target first.");
    var args = new ProcessArgumentBuilder().AppendQuoted(host.FullPath);
    foreach (var argument in arguments) args.AppendQuoted(argument);
    return args;
}

// The trees Bench parses: Kubernetes' staging repositories and Django's package (the trees the yardsticks in the design
// notes were measured on), then both whole trees (the targets: Kubernetes under 60 s, Django under 5 s).
(string Name, string Path)[] BenchTrees()
{
    var trees = new List<(string, string)>();
    if (corpora.TryGetValue("TOCTOU_KUBERNETES", out var kubernetes))
    {
        trees.Add(("kubernetes 1.20.2 staging", System.IO.Path.Combine(kubernetes, "staging/src/k8s.io")));
        trees.Add(("kubernetes 1.20.2 whole tree", kubernetes));
    }
    if (corpora.TryGetValue("TOCTOU_DJANGO", out var django))
    {
        trees.Add(("django 3.2.25 package", System.IO.Path.Combine(django, "django")));
        trees.Add(("django 3.2.25 whole tree", django));
    }
    // Java: parse figures only (the peer and re-scan benchmarks take the Go and Python whole trees).
    if (corpora.TryGetValue("TOCTOU_JETTY", out var jetty)) trees.Add(("jetty 9.4.57 (java)", jetty));
    if (corpora.TryGetValue("TOCTOU_GUAVA", out var guava)) trees.Add(("guava 31.1 (java)", guava));
    return trees.ToArray();
}

// Runs scripts/corpora.sh (with --evaluation, also the trees only Evaluate scans) and adds each root it prints to
// `roots` as TOCTOU_<NAME>; returns the script's exit code.
int RunCorporaScript(bool evaluation, Dictionary<string, string> roots)
{
    var arguments = new ProcessArgumentBuilder().AppendQuoted(root.CombineWithFilePath("scripts/corpora.sh").FullPath);
    if (evaluation) arguments.Append("--evaluation");
    var exitCode = StartProcess("bash", new ProcessSettings { Arguments = arguments, WorkingDirectory = root, RedirectStandardOutput = true }, out var lines);
    if (exitCode != 0) return exitCode;
    foreach (var line in lines)
    {
        var equals = line.IndexOf('=');
        if (equals <= 0) continue;
        var key = "TOCTOU_" + line.Substring(0, equals).Trim();
        var path = line.Substring(equals + 1).Trim();
        roots[key] = path;
        Environment.SetEnvironmentVariable(key, path);
        Information($"{key}={path}");
    }
    return 0;
}

Task("Clean")
    .Description("Removes artifacts/ and the solution's build output.")
    .Does(() =>
{
    if (DirectoryExists(artifacts)) DeleteDirectory(artifacts, new DeleteDirectorySettings { Recursive = true, Force = true });
    DotNetClean(solution.FullPath, new DotNetCleanSettings { Configuration = configuration, NoLogo = true });
});

Task("Build")
    .Description("Builds the solution.")
    .Does(() =>
{
    DotNetBuild(solution.FullPath, new DotNetBuildSettings { Configuration = configuration, NoLogo = true });
});

Task("Corpora")
    .Description("Obtains the real corpora (scripts/corpora.sh) and exports their roots to the test run.")
    .Does(() =>
{
    // Clones named by the caller win over the script (for machines without apt).
    var given = new[] { "TOCTOU_KUBERNETES", "TOCTOU_DJANGO" }
        .Select(key => (Key: key, Path: Environment.GetEnvironmentVariable(key)))
        .ToList();
    if (given.All(g => !string.IsNullOrEmpty(g.Path) && System.IO.Directory.Exists(g.Path)))
    {
        foreach (var (key, path) in given)
        {
            corpora[key] = path;
            Information($"{key}={path} (from the environment)");
        }
        return;
    }

    var exitCode = RunCorporaScript(evaluation: false, corpora);
    if (exitCode != 0 || !corpora.ContainsKey("TOCTOU_KUBERNETES") || !corpora.ContainsKey("TOCTOU_DJANGO"))
    {
        corporaUnavailable = $"the real corpora are not available on this machine (scripts/corpora.sh exited {exitCode}); "
            + "clone kubernetes v1.20.2 and django 3.2.25 as the script says and run the build again, "
            + "or set TOCTOU_KUBERNETES and TOCTOU_DJANGO to the two clones";
        Environment.SetEnvironmentVariable("TOCTOU_CORPORA_UNAVAILABLE", corporaUnavailable);
        Warning($"Corpora: {corporaUnavailable}. The tests that need them are ignored.");
    }
});

Task("CleanTestResults")
    .Does(() =>
{
    EnsureDirectoryExists(testResults);
    CleanDirectory(testResults);
});

Task("PackageConsumer")
    .Description("Packs the libraries to a local feed and builds and runs tests/PackageConsumer against it (tests/Analyzer.Packaging.Tests).")
    .IsDependentOn("CleanTestResults")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetTest(root.CombineWithFilePath("tests/Analyzer.Packaging.Tests/Analyzer.Packaging.Tests.csproj").FullPath, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoLogo = true,
        Loggers = { "trx;LogFileName=Analyzer.Packaging.Tests.trx", "console;verbosity=minimal" },
        ResultsDirectory = testResults,
    });
});

Task("Test")
    .Description("Runs every test with the corpora available; TRX files in artifacts/test-results/.")
    .IsDependentOn("CleanTestResults")
    .IsDependentOn("Corpora")
    .IsDependentOn("Build")
    .IsDependentOn("PackageConsumer")
    .Does(() =>
{
    var settings = new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoLogo = true,
        // The packaging test already ran in PackageConsumer.
        Filter = "TestCategory!=Packaging",
        // One TRX file per test project; the prefix makes each name unique (framework and a millisecond timestamp).
        Loggers = { "trx;LogFilePrefix=tests", "console;verbosity=minimal" },
        ResultsDirectory = testResults,
    };
    foreach (var (key, value) in TestEnvironment()) settings.EnvironmentVariables[key] = value;
    DotNetTest(solution.FullPath, settings);
});

Task("Pack")
    .Description("Packs the packable projects into artifacts/packages/.")
    .IsDependentOn("Build")
    .Does(() =>
{
    EnsureDirectoryExists(packages);
    CleanDirectory(packages);
    DotNetPack(solution.FullPath, new DotNetPackSettings
    {
        Configuration = configuration,
        NoBuild = true,
        NoLogo = true,
        OutputDirectory = packages,
    });
    foreach (var package in GetFiles(packages.FullPath + "/*.nupkg")) Information(package.GetFilename().FullPath);
});

Task("PublishHost")
    .Description("Publishes the console host, ReadyToRun-compiled for this machine, into artifacts/host/.")
    .Does(() =>
{
    // Precompiled code spares a one-pass scan most of its JIT time (about a second of processor time for Django).
    DotNetPublish(root.CombineWithFilePath("src/Analyzer.SampleHost/Analyzer.SampleHost.csproj").FullPath, new DotNetPublishSettings
    {
        Configuration = configuration,
        Runtime = System.Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier,
        SelfContained = false,
        OutputDirectory = hostDirectory,
        NoLogo = true,
    });
});

Task("Bench")
    .Description("Parses both corpora with the published host (three runs each, median), splits each frontend's time into read, lex, parse and lower, times our parse and scan against tree-sitter, go/parser and CPython's ast, and times re-scans with the cache against a cold scan.")
    .IsDependentOn("Corpora")
    .IsDependentOn("Build")
    .IsDependentOn("PublishHost")
    .Does(() =>
{
    var trees = BenchTrees();
    if (trees.Length == 0) throw new CakeException($"Bench needs the corpora: {corporaUnavailable}.");
    const int runs = 3;
    var summary = new List<string>();
    foreach (var (name, path) in trees)
    {
        var reports = new List<System.Text.Json.JsonElement>();
        for (var run = 1; run <= runs; run++)
        {
            var report = System.Text.Json.JsonDocument.Parse(RunHostForOutput("parse", "--json", "--no-default-excludes", path)).RootElement.Clone();
            Information($"parse {name}, run {run}: {BenchLine(report)}");
            reports.Add(report);
        }
        var median = reports.OrderBy(r => r.GetProperty("seconds").GetDouble()).ElementAt(runs / 2);
        summary.Add($"{name,-30} {BenchLine(median)}");
    }
    Information($"Median of {runs} runs of `toctou parse` (published host, {Environment.ProcessorCount} cores):");
    foreach (var line in summary) Information(line);

    // Where a frontend's time goes, warm and on one thread: Django's whole tree and Kubernetes' staging repositories.
    var phaseTrees = trees.Where(t => t.Name.EndsWith("staging") || t.Name.StartsWith("django") && t.Name.EndsWith("whole tree"))
        .Select(t => $"{t.Name}={t.Path}").ToList();
    var benchmarks = root.CombineWithFilePath($"tests/Analyzer.Benchmarks/bin/{configuration}/net10.0/Analyzer.Benchmarks.dll");
    var benchArgs = new ProcessArgumentBuilder().AppendQuoted(benchmarks.FullPath);
    foreach (var tree in phaseTrees) benchArgs.AppendQuoted(tree);
    var exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = benchArgs, WorkingDirectory = root });
    if (exitCode != 0) throw new CakeException($"The phase benchmark exited {exitCode}.");

    // Our parse and scan against tree-sitter, go/parser and CPython's ast over the same files of the whole trees.
    var (peersDirectory, goParser) = InstallPeers();
    var peerArgs = new ProcessArgumentBuilder().AppendQuoted(benchmarks.FullPath).Append("peers")
        .Append("--host").AppendQuoted(host.FullPath).Append("--peers").AppendQuoted(peersDirectory.FullPath)
        .Append("--go-parser").AppendQuoted(goParser.FullPath);
    foreach (var (name, path) in trees.Where(t => t.Name.EndsWith("whole tree"))) peerArgs.AppendQuoted($"{name}={path}");
    exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = peerArgs, WorkingDirectory = root });
    if (exitCode != 0) throw new CakeException($"The peer benchmark exited {exitCode}.");

    // Re-scans with the cache (warm, and after one file changed) against a cold scan, on a copy of each whole tree.
    var rescanArgs = new ProcessArgumentBuilder().AppendQuoted(benchmarks.FullPath).Append("rescan").Append("--host").AppendQuoted(host.FullPath);
    foreach (var (name, path) in trees.Where(t => t.Name.EndsWith("whole tree"))) rescanArgs.AppendQuoted($"{name}={path}");
    exitCode = StartProcess("dotnet", new ProcessSettings { Arguments = rescanArgs, WorkingDirectory = root });
    if (exitCode != 0) throw new CakeException($"The re-scan benchmark exited {exitCode}.");
});

// Installs the yardsticks Bench measures against: tree-sitter's wasm builds from npm (versions pinned in the peers'
// package.json) and go/parser, built from tests/Analyzer.Benchmarks/Peers/goparse with Debian's golang-go; and
// Debian's time, which measures each run's processor seconds.
(DirectoryPath Peers, FilePath GoParser) InstallPeers()
{
    var peers = root.Combine("tests/Analyzer.Benchmarks/Peers");
    if (StartProcess("npm", new ProcessSettings { Arguments = "install --no-audit --no-fund", WorkingDirectory = peers }) != 0)
        throw new CakeException("npm install of the tree-sitter yardsticks failed; check that the npm registry is reachable.");
    var missing = new[] { ("go", "golang-go"), ("/usr/bin/time", "time") }
        .Where(tool => StartProcess("bash", new ProcessSettings { Arguments = $"-c \"command -v {tool.Item1}\"", RedirectStandardOutput = true }) != 0)
        .Select(tool => tool.Item2).ToList();
    if (missing.Count > 0 && !AptInstall(missing))
        throw new CakeException($"apt-get could not install Debian's {string.Join(" and ", missing)}, which Bench measures with; install them and run Bench again.");
    var goParser = artifacts.CombineWithFilePath("bench/goparse");
    if (StartProcess("go", new ProcessSettings { Arguments = $"build -o \"{goParser.FullPath}\" .", WorkingDirectory = peers.Combine("goparse") }) != 0)
        throw new CakeException("go build of the go/parser yardstick failed.");
    return (peers, goParser);
}

// One run of `toctou parse --json` as one line.
string BenchLine(System.Text.Json.JsonElement report)
{
    var runtime = report.GetProperty("runtime");
    return string.Format(System.Globalization.CultureInfo.InvariantCulture,
        "{0:N0} files, {1:N0} lines, {2} with errors: {3:F2} s, {4:N0} lines/s, peak {5:N0} MiB; processor {6:F2} s, JIT {7:F2} s, GC pauses {8:F2} s, allocated {9:N0} MiB",
        report.GetProperty("files").GetInt32(), report.GetProperty("lines").GetInt64(), report.GetProperty("filesWithErrors").GetInt32(),
        report.GetProperty("seconds").GetDouble(), report.GetProperty("linesPerSecond").GetDouble(),
        report.GetProperty("peakWorkingSetBytes").GetInt64() / (1024 * 1024),
        runtime.GetProperty("cpuSeconds").GetDouble(), runtime.GetProperty("jitSeconds").GetDouble(),
        runtime.GetProperty("gcPauseSeconds").GetDouble(), runtime.GetProperty("allocatedBytes").GetInt64() / (1024 * 1024));
}

Task("Sample")
    .Description("Localizes the two races in both corpora (or in samples/default when they are absent) and writes artifacts/solution.md.")
    .IsDependentOn("Corpora")
    .IsDependentOn("PublishHost")
    .Does(() =>
{
    EnsureDirectoryExists(artifacts);
    var report = artifacts.CombineWithFilePath("solution.md");
    string kubernetes, django;
    if (corpora.TryGetValue("TOCTOU_KUBERNETES", out kubernetes) && corpora.TryGetValue("TOCTOU_DJANGO", out django))
    {
        Information($"localize over the corpora: {kubernetes} and {django}");
    }
    else
    {
        kubernetes = defaultSample.Combine("go").FullPath;
        django = defaultSample.Combine("python").FullPath;
        Warning($"Sample: the corpora are absent, so the bundled sample {defaultSample} stands in for them.");
    }
    var exitCode = RunHost("localize", "--kubernetes", kubernetes, "--django", django, "--output", report.FullPath);
    if (exitCode != 0) throw new CakeException($"The host's localize exited {exitCode}.");
    Information($"Report: {report}");
});

Task("Evaluate")
    .Description("Scans the six evaluation corpora (four Go and Python, two Java) with the published host and compares the findings with evaluation/triage.tsv.")
    .IsDependentOn("Build")
    .IsDependentOn("PublishHost")
    .Does(() =>
{
    var roots = new Dictionary<string, string>(StringComparer.Ordinal);
    var exitCode = RunCorporaScript(evaluation: true, roots);
    if (exitCode != 0) throw new CakeException($"Evaluate needs the evaluation corpora; scripts/corpora.sh --evaluation exited {exitCode} (it says what to do).");

    var reports = artifacts.Combine("evaluate");
    EnsureDirectoryExists(reports);
    var evaluation = new ProcessArgumentBuilder()
        .AppendQuoted(root.CombineWithFilePath($"tests/Analyzer.Evaluation/bin/{configuration}/net10.0/Analyzer.Evaluation.dll").FullPath)
        .Append("--triage").AppendQuoted(root.CombineWithFilePath("evaluation/triage.tsv").FullPath);
    // Guava and the JDK sources, which corpora.sh also fetches, are there for the Java grammar's tests.
    foreach (var (key, path) in roots.Where(r => r.Key is "TOCTOU_KUBERNETES" or "TOCTOU_DJANGO" or "TOCTOU_SYNCTHING" or "TOCTOU_MERCURIAL" or "TOCTOU_ZOOKEEPER" or "TOCTOU_JETTY"))
    {
        var corpus = key.Substring("TOCTOU_".Length).ToLowerInvariant();
        var report = reports.CombineWithFilePath($"{corpus}.sarif");
        // Exit 1 means the scan reported an error-level finding or diagnostic; the report is whole either way.
        var scanExit = RunHost("scan", path, "--format", "sarif", "--output", report.FullPath);
        if (scanExit is not (0 or 1)) throw new CakeException($"The scan of {corpus} exited {scanExit}.");
        evaluation.Append("--report").AppendQuoted($"{corpus}={report.FullPath}");
    }
    var sample = Argument("sample", 0);
    if (sample > 0) evaluation.Append("--sample").Append(sample.ToString()).Append("--seed").Append(Argument("seed", 1).ToString());
    var evaluationExit = StartProcess("dotnet", new ProcessSettings { Arguments = evaluation, WorkingDirectory = root });
    if (evaluationExit != 0) throw new CakeException($"The evaluation exited {evaluationExit}.");
});

Task("Fuzz")
    .Description("Fuzzes one frontend and the rules with afl-fuzz for --minutes=N (--language=go|python|java); output in artifacts/fuzz/<language>/.")
    .Does(() =>
{
    var language = Argument("language", string.Empty);
    var minutes = Argument("minutes", 0);
    var extensions = new Dictionary<string, string> { ["go"] = "go", ["python"] = "py", ["java"] = "java" };
    if (!extensions.TryGetValue(language, out var extension) || minutes <= 0)
        throw new CakeException("Fuzz needs a language and a time: dotnet cake --target=Fuzz --language=go|python|java --minutes=N");
    var aflFuzz = AflFuzz();

    var output = artifacts.Combine($"fuzz/{language}");
    var harness = output.Combine("harness");
    var seeds = output.Combine("seeds");
    var findings = output.Combine("findings");
    EnsureDirectoryExists(output);
    foreach (var folder in new[] { harness, seeds }) { EnsureDirectoryExists(folder); CleanDirectory(folder); }

    // The harness and the analyzer's assemblies, instrumented in a copy so the solution's build output stays plain.
    // ANTLR's runtime is left plain: its prediction caches are shared by every parse, so its paths differ from run to
    // run and would only blur the coverage.
    DotNetBuild(root.CombineWithFilePath("tests/Analyzer.Fuzzing/Analyzer.Fuzzing.csproj").FullPath,
        new DotNetBuildSettings { Configuration = configuration, NoLogo = true, OutputDirectory = harness });
    foreach (var assembly in new[] { "Analyzer.Core", "Analyzer.Frontends.Antlr", "Analyzer.Frontends.Go", "Analyzer.Frontends.Python", "Analyzer.Frontends.Java", "Analyzer.Rules.Toctou" })
    {
        var exitCode = StartProcess("dotnet", new ProcessSettings
        {
            Arguments = new ProcessArgumentBuilder().Append("sharpfuzz").AppendQuoted(harness.CombineWithFilePath(assembly + ".dll").FullPath),
            WorkingDirectory = root,
        });
        if (exitCode != 0) throw new CakeException($"dotnet sharpfuzz could not instrument {assembly}.dll (exit {exitCode}); run dotnet tool restore and try again.");
    }

    // Seeds: every fixture of the language and every regression input, copied under names that say where they came from.
    var sources = GetFiles($"{root}/tests/**/Fixtures/**/*.{extension}").Concat(GetFiles($"{root}/tests/fuzz-regressions/{language}/*"))
        .Where(f => !f.FullPath.Contains("/bin/") && !f.FullPath.Contains("/obj/")).ToList();
    foreach (var source in sources)
        CopyFile(source, seeds.CombineWithFilePath(root.GetRelativePath(source).FullPath.Replace('/', '_')));
    Information($"Fuzz: {sources.Count} seeds, {minutes} minutes, output in {findings}");

    // A .NET harness is not instrumented the way afl-fuzz checks for; its first run starts the runtime, so the fork
    // server gets a minute to answer. AFL_AUTORESUME continues an earlier run's queue in the same folder.
    var environment = new Dictionary<string, string>
    {
        ["AFL_SKIP_BIN_CHECK"] = "1",
        ["AFL_NO_AFFINITY"] = "1",
        ["AFL_SKIP_CPUFREQ"] = "1",
        ["AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES"] = "1",
        ["AFL_AUTORESUME"] = "1",
        ["AFL_NO_UI"] = "1",
        ["AFL_FORKSRV_INIT_TMOUT"] = "60000",
    };
    var arguments = new ProcessArgumentBuilder()
        .Append("-i").AppendQuoted(seeds.FullPath).Append("-o").AppendQuoted(findings.FullPath)
        .Append("-x").AppendQuoted(root.CombineWithFilePath($"tests/Analyzer.Fuzzing/Dictionaries/{language}.dict").FullPath)
        .Append("-m none -t 10000").Append("-V").Append((minutes * 60).ToString(System.Globalization.CultureInfo.InvariantCulture))
        .Append("--").Append("dotnet").AppendQuoted(harness.CombineWithFilePath("Analyzer.Fuzzing.dll").FullPath)
        .Append(language).AppendQuoted(output.Combine("scratch").FullPath);
    var fuzzExit = StartProcess(aflFuzz, new ProcessSettings { Arguments = arguments, WorkingDirectory = output, EnvironmentVariables = environment });

    var stats = findings.CombineWithFilePath("default/fuzzer_stats");
    if (!FileExists(stats)) throw new CakeException($"afl-fuzz exited {fuzzExit} without writing {stats}; its output above says why.");
    var values = System.IO.File.ReadAllLines(stats.FullPath).Select(l => l.Split(':', 2)).Where(p => p.Length == 2)
        .ToDictionary(p => p[0].Trim(), p => p[1].Trim());
    string Stat(string key) => values.TryGetValue(key, out var value) ? value : "?";
    Information($"Fuzz {language}: {Stat("execs_done")} executions in {Stat("run_time")} s ({Stat("execs_per_sec")}/s), " +
                $"corpus {Stat("corpus_count")} inputs, {Stat("saved_crashes")} crashes, {Stat("saved_hangs")} hangs");
    Information($"Crash inputs: {findings.Combine("default/crashes")}; hangs: {findings.Combine("default/hangs")}. " +
                $"Replay one with: dotnet {harness.CombineWithFilePath("Analyzer.Fuzzing.dll")} {language} < FILE; " +
                $"keep it as a regression input in tests/fuzz-regressions/{language}/.");
    if (fuzzExit != 0) throw new CakeException($"afl-fuzz exited {fuzzExit}.");
});

// Installs Debian packages; on a fresh machine, whose package lists are still empty, it reads them first.
bool AptInstall(IEnumerable<string> packages)
{
    var settings = new ProcessSettings { Arguments = "install -y -q " + string.Join(' ', packages), EnvironmentVariables = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" } };
    if (StartProcess("apt-get", settings) == 0) return true;
    return StartProcess("apt-get", new ProcessSettings { Arguments = "update -q" }) == 0 && StartProcess("apt-get", settings) == 0;
}

// afl-fuzz on the PATH; as root on Debian it is installed (package afl++) when missing.
string AflFuzz()
{
    string Which() => StartProcess("sh", new ProcessSettings { Arguments = "-c \"command -v afl-fuzz\"", RedirectStandardOutput = true }, out var lines) == 0
        ? lines.FirstOrDefault() : null;
    var found = Which();
    if (found == null && System.Environment.UserName == "root" && FileExists("/usr/bin/apt-get"))
    {
        Information("Fuzz: afl-fuzz is missing; installing Debian's afl++");
        AptInstall(new[] { "afl++" });
        found = Which();
    }
    return found ?? throw new CakeException("Fuzz needs afl-fuzz, which is not on the PATH: install AFL++ (Debian: apt-get install afl++) and run again.");
}

Task("Default").IsDependentOn("Test");

RunTarget(target);
