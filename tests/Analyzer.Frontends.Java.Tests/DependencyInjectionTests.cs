using Analyzer.Core.DependencyInjection;
using Analyzer.Core.Engine;
using Analyzer.Core.Frontends;
using Analyzer.Frontends.Java.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.Frontends.Java.Tests;

[TestFixture]
public sealed class DependencyInjectionTests
{
    [Test]
    public void AddJavaFrontend_registers_one_frontend_for_java_files_however_often_it_is_called()
    {
        using var provider = new ServiceCollection().AddAnalyzer().AddJavaFrontend().AddJavaFrontend()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var frontend = provider.GetServices<ILanguageFrontend>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(frontend, Is.InstanceOf<JavaFrontend>());
            Assert.That(frontend.LanguageId, Is.EqualTo("java"));
            Assert.That(frontend.FileExtensions, Is.EqualTo(new[] { ".java" }));
            Assert.That(frontend.CommentSyntax.LinePrefix, Is.EqualTo("//"));
            Assert.That(provider.GetRequiredService<AnalyzerEngine>().Frontends.Single(), Is.SameAs(frontend));
        });
    }
}
