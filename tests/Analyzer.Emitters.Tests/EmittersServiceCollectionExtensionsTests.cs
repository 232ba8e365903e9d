using Analyzer.Emitters.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.Emitters.Tests;

[TestFixture]
public sealed class EmittersServiceCollectionExtensionsTests
{
    [Test]
    public void Every_emitter_resolves_once_by_format()
    {
        using var provider = new ServiceCollection().AddReportEmitters().AddReportEmitters().BuildServiceProvider();
        var formats = provider.GetServices<IReportEmitter>().Select(e => e.Format);
        Assert.That(formats, Is.EqualTo(new[] { "markdown", "sarif", "github" }));
    }

    [Test]
    public void A_registered_tool_identity_names_the_tool_in_reports()
    {
        using var provider = new ServiceCollection().AddSingleton(SampleScan.Tool).AddReportEmitters().BuildServiceProvider();
        // GitHub annotations are one line per finding and name no tool.
        foreach (var emitter in provider.GetServices<IReportEmitter>().Where(e => e.Format != "github"))
        {
            using var output = new StringWriter();
            emitter.Emit(SampleScan.Create(), output);
            Assert.That(output.ToString(), Does.Contain("1.2.3-test"), emitter.Format);
            Assert.That(output.ToString(), Does.Not.Contain(ToolIdentity.Default.Version), emitter.Format);
        }
    }
}
