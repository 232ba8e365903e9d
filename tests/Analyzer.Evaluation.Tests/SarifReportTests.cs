using Analyzer.Core.Engine;
using Analyzer.Emitters.Sarif;
using Analyzer.Frontends.Go;
using Analyzer.Rules.Toctou.DependencyInjection;
using Analyzer.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.Evaluation.Tests;

[TestFixture]
public sealed class SarifReportTests
{
    private const string RacyGo = """
        package store

        import "sync"

        type Store struct {
        	mu    sync.Mutex
        	items map[string]int
        }

        func (s *Store) Add(k string, v int) {
        	if _, ok := s.items[k]; ok {
        		return
        	}
        	s.mu.Lock()
        	s.items[k] = v
        	s.mu.Unlock()
        }
        """;

    [Test]
    public void Reads_back_what_the_sarif_emitter_wrote()
    {
        var folder = Directory.CreateTempSubdirectory("evaluation-sarif");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "pkg dir"));
            File.WriteAllText(Path.Combine(folder.FullName, "pkg dir", "store.go"), RacyGo);
            var services = new ServiceCollection().AddToctouRules();
            var result = TestEngine.Create([new GoFrontend()], services.BuildServiceProvider().GetServices<Core.Rules.AnalysisRule>())
                .Scan(new ScanRequest([folder.FullName]));
            var sarif = Path.Combine(folder.FullName, "report.sarif");
            using (var writer = File.CreateText(sarif)) new SarifEmitter().Emit(result, writer);

            var read = SarifReport.Read("corpus", sarif);

            Assert.That(result.Findings, Is.Not.Empty);
            Assert.That(read.Select(f => (f.Fingerprint, f.RuleId, f.Path, f.Line, f.Message)),
                Is.EqualTo(result.Findings.Select(f => (f.Fingerprint, f.RuleId, f.Location.Path, f.Location.StartLine, f.Message))));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
