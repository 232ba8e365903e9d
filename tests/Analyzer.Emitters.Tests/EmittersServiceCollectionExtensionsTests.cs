using Analyzer.Emitters.Reporting;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.Emitters.Tests;

[TestFixture]
public sealed class EmittersServiceCollectionExtensionsTests
{
    [Test]
    public void Both_emitters_resolve_once_each_by_format()
    {
        using var provider = new ServiceCollection().AddReportEmitters().AddReportEmitters().BuildServiceProvider();
        var formats = provider.GetServices<IReportEmitter>().Select(e => e.Format);
        Assert.That(formats, Is.EqualTo(new[] { "markdown", "sarif" }));
    }

    [Test]
    public void A_registered_tool_identity_names_the_tool_in_reports()
    {
        using var provider = new ServiceCollection().AddSingleton(SampleScan.Tool).AddReportEmitters().BuildServiceProvider();
        foreach (var emitter in provider.GetServices<IReportEmitter>())
        {
            using var output = new StringWriter();
            emitter.Emit(SampleScan.Create(), output);
            Assert.That(output.ToString(), Does.Contain("1.2.3-test"), emitter.Format);
            Assert.That(output.ToString(), Does.Not.Contain(ToolIdentity.Default.Version), emitter.Format);
        }
    }
}
