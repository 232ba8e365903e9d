using Analyzer.Core.DependencyInjection;
using Analyzer.Core.Engine;
using Analyzer.Core.Frontends;
using Analyzer.Core.Rules;
using Analyzer.Core.Tests.Support;
using Analyzer.Testing;
using Analyzer.Testing.Toy;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.Core.Tests.DependencyInjection;

[TestFixture]
public sealed class AddAnalyzerTests
{
    [Test]
    public void AddAnalyzer_with_a_frontend_and_rules_resolves_an_engine_that_scans()
    {
        var services = new ServiceCollection();
        services.AddAnalyzer();
        services.AddToyLanguage();
        using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });

        var engine = provider.GetRequiredService<AnalyzerEngine>();

        using var tree = new TempTree();
        tree.Write("a.toy", "func a {\n  act x\n}\n");
        Assert.Multiple(() =>
        {
            Assert.That(engine.Frontends.Select(f => f.LanguageId), Is.EqualTo(new[] { "toy" }));
            Assert.That(engine.Rules.Select(r => r.Id), Is.EqualTo(new[] { "TOY001", "TOY002" }));
            Assert.That(engine.Scan(new ScanRequest([tree.Root])).Findings.Single().RuleId, Is.EqualTo("TOY002"));
            Assert.That(provider.GetRequiredService<AnalyzerEngine>(), Is.SameAs(engine), "the engine is a singleton");
        });
    }

    [Test]
    public void Registering_twice_adds_each_service_once()
    {
        var services = new ServiceCollection();
        services.AddAnalyzer().AddAnalyzer();
        services.AddToyLanguage().AddToyLanguage();

        Assert.Multiple(() =>
        {
            Assert.That(services.Count(d => d.ServiceType == typeof(AnalyzerEngine)), Is.EqualTo(1));
            Assert.That(services.Count(d => d.ServiceType == typeof(ILanguageFrontend)), Is.EqualTo(1));
            Assert.That(services.Count(d => d.ServiceType == typeof(AnalysisRule)), Is.EqualTo(2));
        });
    }

    [Test]
    public void An_engine_without_frontends_reads_no_file()
    {
        using var provider = new ServiceCollection().AddAnalyzer().BuildServiceProvider();
        using var tree = new TempTree();
        tree.Write("a.toy", "func a {\n  act x\n}\n");

        var result = provider.GetRequiredService<AnalyzerEngine>().Scan(new ScanRequest([tree.Root]));

        Assert.That(result.Files, Is.Empty);
    }

    [Test]
    public void TestEngine_registers_the_given_frontend_and_rules()
    {
        var engine = TestEngine.Create(new ToyFrontend(), new ToyCheckThenActRule(), new EveryActRule());

        Assert.Multiple(() =>
        {
            Assert.That(engine.Frontends.Single(), Is.InstanceOf<ToyFrontend>());
            Assert.That(engine.Rules.Select(r => r.Id), Is.EqualTo(new[] { "TEST001", "TOY001" }));
        });
    }
}
