using Analyzer.Core.DependencyInjection;
using Analyzer.Emitters;
using Analyzer.Frontends.Go.DependencyInjection;
using Analyzer.Frontends.Java.DependencyInjection;
using Analyzer.Frontends.Python.DependencyInjection;
using Analyzer.Rules.Toctou.DependencyInjection;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace Analyzer.SampleHost;

/// <summary>
/// The host's composition root: the one place that says which engine, frontends, rules and emitters the host runs.
/// Everything else resolves what is registered here, so a new language or rule pack is one line below.
/// </summary>
public static class HostServices
{
    /// <summary>Builds the host's services. <paramref name="configure"/> runs last, so a test or an embedding
    /// application can add frontends, rules or emitters, or replace logging.</summary>
    public static ServiceProvider Build(LogLevelSwitch logLevel, Action<IServiceCollection>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(logLevel);
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Trace)
            .AddFilter((_, _, level) => level >= logLevel.Minimum)
            .AddSimpleConsole(options =>
            {
                options.SingleLine = true;
                options.IncludeScopes = false;
            }));
        // The console logger writes every level to stderr: stdout carries nothing but the report.
        services.Configure<ConsoleLoggerOptions>(options => options.LogToStandardErrorThreshold = LogLevel.Trace);

        AddAnalyzerComponents(services);
        configure?.Invoke(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    /// <summary>The analyzer's engine, its frontends, rules and report emitters.</summary>
    private static void AddAnalyzerComponents(IServiceCollection services) =>
        services.AddAnalyzer()
            .AddGoFrontend()
            .AddPythonFrontend()
            .AddJavaFrontend()
            .AddReportEmitters()
            .AddToctouRules();
}
