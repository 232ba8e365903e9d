using Analyzer.Core.DependencyInjection;
using Analyzer.Core.Engine;
using Analyzer.Core.Frontends;
using Analyzer.Frontends.Python.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;

namespace Analyzer.Frontends.Python.Tests;

[TestFixture]
public sealed class DependencyInjectionTests
{
    [Test]
    public void AddPythonFrontend_registers_one_frontend_for_py_files_however_often_it_is_called()
    {
        using var provider = new ServiceCollection().AddAnalyzer().AddPythonFrontend().AddPythonFrontend()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        var frontend = provider.GetServices<ILanguageFrontend>().Single();
        Assert.Multiple(() =>
        {
            Assert.That(frontend, Is.InstanceOf<PythonFrontend>());
            Assert.That(frontend.LanguageId, Is.EqualTo("python"));
            Assert.That(frontend.FileExtensions, Is.EqualTo(new[] { ".py" }));
            Assert.That(frontend.CommentSyntax.LinePrefix, Is.EqualTo("#"));
            Assert.That(frontend.Facts.SubscriptMethod(assigns: true), Is.EqualTo("__setitem__"));
            Assert.That(provider.GetRequiredService<AnalyzerEngine>().Frontends.Single(), Is.SameAs(frontend));
        });
    }
}
