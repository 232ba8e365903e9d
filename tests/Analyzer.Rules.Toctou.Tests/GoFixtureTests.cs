using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Frontends.Go;
using Analyzer.Testing;

namespace Analyzer.Rules.Toctou.Tests;

/// <summary>The Go fixtures: every expected finding is marked inline (// Noncompliant, // Secondary); every other
/// function in them is a negative that must stay silent.</summary>
[TestFixture]
public sealed class GoFixtureTests
{
    [TestCase("SharedState")]
    [TestCase("ExternalStore")]
    [TestCase("Cycles")]
    [TestCase("FileSystem")]
    [TestCase("Sql")]
    [TestCase("Cache")]
    [TestCase("Atomic")]
    [TestCase("Claims")]
    public void Package_matches_its_inline_expectations(string package) =>
        Verifier.VerifyFolder($"Fixtures/Go/{package}", new GoFrontend(), AllRules.Create());

    // A runner that checks under one hold of its lock and sets under another: the finding the contrast tests look at.
    private const string RacyRunner = """
            type racyRunner struct {
            	mu   sync.Mutex
            	seen map[string]int
            }

            func (r *racyRunner) Run() {
            	r.mu.Lock()
            	_, ok := r.seen["k"]
            	r.mu.Unlock()
            	if !ok {
            		r.mu.Lock()
            		r.seen["k"] = 1
            		r.mu.Unlock()
            	}
            }

            """;

    [TestCase(false, TestName = "A type that shares only a one-method interface with a safe one gets no contrast")]
    [TestCase(true, TestName = "A type that shares an interface of two methods with a safe one gets it as a contrast")]
    public void A_contrast_is_an_implementation_of_one_abstraction(bool twoMethods)
    {
        var stop = twoMethods ? "\n\tStop()" : string.Empty;
        var stops = twoMethods ? "func (s *safeRunner) Stop() {}\nfunc (r *racyRunner) Stop() {}\n" : string.Empty;
        var source = $$"""
            package runners

            import "sync"

            type Runner interface {
            	Run(){{stop}}
            }

            type safeRunner struct {
            	mu   sync.Mutex
            	seen map[string]int
            }

            func (s *safeRunner) Run() {
            	s.mu.Lock()
            	defer s.mu.Unlock()
            	if _, ok := s.seen["k"]; !ok {
            		s.seen["k"] = 1
            	}
            }

            """ + RacyRunner + stops;
        var finding = FindingOf(source, "racyRunner.Run");

        Assert.That(finding.WithRole(LocationRole.Contrast).Select(c => c.Message).FirstOrDefault(),
            twoMethods ? Does.StartWith("safeRunner.Run() in") : Is.Null);
    }

    [TestCase("seen", TestName = "A sibling that checks and sets the same field under its lock is a contrast")]
    [TestCase("started", TestName = "A sibling that checks and sets another field under its lock is no contrast")]
    public void A_contrast_does_the_same_operation_on_the_same_state(string field)
    {
        var source = $$"""
            package runners

            import "sync"

            type Runner interface {
            	Run()
            	Stop()
            }

            type safeRunner struct {
            	mu      sync.Mutex
            	seen    map[string]int
            	started map[string]int
            }

            func (s *safeRunner) Run() {
            	s.mu.Lock()
            	defer s.mu.Unlock()
            	if _, ok := s.{{field}}["k"]; !ok {
            		s.{{field}}["k"] = 1
            	}
            }

            func (s *safeRunner) Stop() {}

            func (r *racyRunner) Stop() {}

            """ + RacyRunner;

        Assert.That(FindingOf(source, "racyRunner.Run").WithRole(LocationRole.Contrast).Select(c => c.Message).FirstOrDefault(),
            field == "seen" ? Does.StartWith("safeRunner.Run() in") : Is.Null);
    }

    [Test]
    public void A_sibling_that_is_reported_itself_is_no_contrast()
    {
        const string source = """
            package runners

            import "sync"

            type Runner interface {
            	Run()
            	Stop()
            }

            type halfSafeRunner struct {
            	mu   sync.Mutex
            	seen map[string]int
            }

            func (s *halfSafeRunner) Run() {
            	s.mu.Lock()
            	if _, ok := s.seen["k"]; !ok {
            		s.seen["k"] = 1
            	}
            	s.mu.Unlock()
            	if _, ok := s.seen["j"]; !ok {
            		s.mu.Lock()
            		s.seen["j"] = 1
            		s.mu.Unlock()
            	}
            }

            func (s *halfSafeRunner) Stop() {}

            func (r *racyRunner) Stop() {}

            """ + RacyRunner;

        Assert.That(FindingOf(source, "halfSafeRunner.Run").RuleId, Is.EqualTo("TOCTOU001"));
        Assert.That(FindingOf(source, "racyRunner.Run").WithRole(LocationRole.Contrast), Is.Empty);
    }

    [Test]
    public void State_another_method_locks_shows_where_it_does()
    {
        const string source = """
            package tallies

            import "sync"

            type Tally struct {
            	mu     sync.Mutex
            	counts map[string]int
            }

            func (t *Tally) Reset() {
            	t.mu.Lock()
            	t.counts = map[string]int{}
            	t.mu.Unlock()
            }

            func (t *Tally) Start(k string) {
            	if _, ok := t.counts[k]; !ok {
            		t.counts[k] = 0
            	}
            }

            """;
        var shared = FindingOf(source, "Tally.Start").WithRole(LocationRole.Concurrency).Single();

        Assert.That(shared.Message, Is.EqualTo("Tally.Reset changes t.counts here under t.mu, a sign that threads share it"));
        Assert.That(shared.Span.StartLine, Is.EqualTo(12));
    }

    [Test]
    public void State_of_a_type_built_for_threads_shows_its_declaration()
    {
        const string source = """
            package tallies

            import "sync"

            type Seen struct {
            	keys sync.Map
            }

            func (s *Seen) Mark(k string) {
            	if _, ok := s.keys.Load(k); !ok {
            		s.keys.Store(k, true)
            	}
            }

            """;
        var shared = FindingOf(source, "Seen.Mark").WithRole(LocationRole.Concurrency).Single();

        Assert.That(shared.Message, Is.EqualTo("keys is declared sync.Map, a type built to be shared by threads"));
        Assert.That(shared.Span.StartLine, Is.EqualTo(6));
        Assert.That(shared.Code, Does.Contain("keys sync.Map"));
    }

    /// <summary>The one finding in <paramref name="function"/> when <paramref name="source"/> is scanned alone, as one
    /// Go file of a folder of its own.</summary>
    private static Finding FindingOf(string source, string function)
    {
        var folder = Directory.CreateTempSubdirectory("toctou-go-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "code.go"), source);
            return AllRules.Engine.Scan(new ScanRequest([folder])).Findings.Single(f => f.FunctionName == function);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_lock_only_the_name_or_the_documentation_promises_and_a_memoisation_are_notes()
    {
        var result = Verifier.VerifyFolder("Fixtures/Go/SharedState", new GoFrontend(), AllRules.Create());

        string[] notes = ["ListenerSet.Listener", "Registry.dropLocked", "Names.renameLocked", "Registry.GetOrCreate", "Client.Conf", "Manager.Reuse", "Runner.Conn", "sharedClient", "stopContext.Done", "ConnectPeer", "PeerBook.Connect", "ConnectIn", "JoinPeer", "Current", "cache.lookup", "Named", "defaultsConf", "ServedConn.Codec", "Ledger.ensure", "Scoreboard.bump", "objectDir.hasStaging", "Gateway.Outbound"];
        Assert.That(result.Findings.Where(f => notes.Contains(f.FunctionName)).Select(f => f.Level), Has.Exactly(22).EqualTo(FindingLevel.Note));
        Assert.That(result.Findings.Where(f => !notes.Contains(f.FunctionName)).Select(f => f.Level), Has.All.EqualTo(FindingLevel.Warning));
    }

    [Test]
    public void A_package_level_value_made_on_first_use_points_at_its_declaration_and_advises_making_it_once()
    {
        var result = Verifier.VerifyFolder("Fixtures/Go/SharedState", new GoFrontend(), AllRules.Create());

        var finding = result.Findings.Single(f => f.FunctionName == "Current");
        var declaration = finding.WithRole(LocationRole.Concurrency).Single();
        Assert.That((Path.GetFileName(declaration.Span.Path), declaration.Span.StartLine, declaration.Code), Is.EqualTo(("processwide_state.go", 3, "var current *Conf")));
        Assert.That(declaration.Message, Does.StartWith("current is declared at the top level, one for the whole process"));
        Assert.That(finding.Fix, Does.Contain("sync.OnceValue"));
        Assert.That(result.Findings.Single(f => f.FunctionName == "Named").Fix, Does.StartWith("After trading the RLock for Lock"));
        Assert.That(result.Findings.Single(f => f.FunctionName == "defaultsConf").WithRole(LocationRole.Concurrency).Single().Message,
            Does.Contain("every caller of Defaults, which code outside its package can call and which calls defaultsConf, reaches it"));
    }

    [Test]
    public void A_request_handler_is_its_own_concurrency_evidence()
    {
        var result = Verifier.VerifyFolder("Fixtures/Go/SharedState", new GoFrontend(), AllRules.Create());

        var served = result.Findings.Where(f => f.FunctionName is "Proxy.ServeHTTP" or "handleLimited").ToList();
        Assert.That(served, Has.Count.EqualTo(2));
        Assert.That(served.Select(f => f.WithRole(LocationRole.Concurrency).Single().Message), Has.All.EndsWith("serves requests, many at a time"));
        Assert.That(served.Select(f => f.WithRole(LocationRole.Concurrency).Single().Span.StartLine), Is.EqualTo(served.Select(f => f.Location.StartLine - 6)));
        var written = result.Findings.Single(f => f.FunctionName == "main").WithRole(LocationRole.Concurrency).Single();
        Assert.That((written.Span.StartLine, written.Message), Is.EqualTo((70, "a handler: runs once per request, many at a time")));
        var called = result.Findings.Single(f => f.FunctionName == "sharedClient").WithRole(LocationRole.Concurrency).Single();
        Assert.That((called.Span.StartLine, called.Message),
            Is.EqualTo((97, "the function literal at line 97 serves requests, many at a time, and calls sharedClient for each")));
    }

    [Test]
    public void A_stale_store_object_names_the_caller_lock_and_the_race_comment()
    {
        var result = Verifier.VerifyFolder("Fixtures/Go/ExternalStore", new GoFrontend(), AllRules.Create());

        var finding = result.Findings.Single(f => f.FunctionName == "WorkQueue.refreshKeyLocked");
        Assert.That(finding.Level, Is.EqualTo(FindingLevel.Error));
        Assert.That(finding.WithRole(LocationRole.Caller).Single().Code, Does.Contain("q.refreshKeyLocked(k)"));
        Assert.That(finding.WithRole(LocationRole.Lock).Select(l => l.Code), Has.Some.Contains("q.lock.Lock()"));
        Assert.That(finding.WithRole(LocationRole.Evidence).Single().Message, Does.Contain("so we do not race with the producer"));
        Assert.That(finding.Message, Does.Contain("GetByKey()").And.Contain("stale"));
    }

    [Test]
    public void A_promise_of_thread_safety_is_no_acknowledged_race()
    {
        var result = Verifier.VerifyFolder("Fixtures/Go/Claims", new GoFrontend(), AllRules.Create());

        var promised = result.Findings.Single(f => f.FunctionName == "Roots.Add");
        Assert.That(promised.WithRole(LocationRole.Evidence), Is.Empty);
        Assert.That(promised.WithRole(LocationRole.Concurrency).Single().Message, Does.EndWith("promises concurrent use: \"This method is thread safe.\""));
        Assert.That(promised.Level, Is.EqualTo(FindingLevel.Warning));
        var admitted = result.Findings.Single(f => f.FunctionName == "Roots.Drop");
        Assert.That(admitted.WithRole(LocationRole.Evidence).Single().Message, Does.Contain("It may race with Add"));
        Assert.That(admitted.Level, Is.EqualTo(FindingLevel.Error));
        var purpose = result.Findings.Single(f => f.FunctionName == "Roots.Touch");
        Assert.That(purpose.WithRole(LocationRole.Evidence).Single().Message, Does.Contain("To be thread safe, a mark may be lost"));
    }

    [Test]
    public void A_release_on_a_way_out_before_the_act_is_not_between_the_check_and_the_act()
    {
        var result = Verifier.VerifyFolder("Fixtures/Go/SharedState", new GoFrontend(), AllRules.Create());

        var bump = result.Findings.Single(f => f.FunctionName == "SysRelay.bump");
        Assert.That(bump.WithRole(LocationRole.Lock).Select(l => l.Message), Has.None.Contains("released between"));
        Assert.That(result.Findings.Where(f => f.FunctionName == "SysRelay.send"), Is.Empty);
    }
}
