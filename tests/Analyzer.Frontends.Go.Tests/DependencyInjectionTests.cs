using Analyzer.Core.DependencyInjection;
using Analyzer.Core.Engine;
using Analyzer.Core.Frontends;
using Analyzer.Frontends.Go.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.Frontends.Go.Tests;

[TestFixture]
public sealed class DependencyInjectionTests
{
    [Test]
    public void AddGoFrontend_registers_one_frontend_for_go_files_however_often_it_is_called()
    {
        using var provider = new ServiceCollection().AddAnalyzer().AddGoFrontend().AddGoFrontend()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var frontend = provider.GetServices<ILanguageFrontend>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(frontend, Is.InstanceOf<GoFrontend>());
            Assert.That(frontend.LanguageId, Is.EqualTo("go"));
            Assert.That(frontend.FileExtensions, Is.EqualTo(new[] { ".go" }));
            Assert.That(frontend.CommentSyntax.LinePrefix, Is.EqualTo("//"));
            Assert.That(frontend.Facts.NameImpliesCallerHoldsLock("syncLocked"), Is.True);
            Assert.That(provider.GetRequiredService<AnalyzerEngine>().Frontends.Single(), Is.SameAs(frontend));
        });
    }
}
