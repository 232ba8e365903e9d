using Microsoft.Extensions.Logging;

namespace Analyzer.SampleHost;

/// <summary>The least severe log level the host writes; <c>--verbose</c> lowers it once the command line is parsed.</summary>
public sealed class LogLevelSwitch
{
    /// <summary>Warning by default; Information with <c>--verbose</c>.</summary>
    public LogLevel Minimum { get; set; } = LogLevel.Warning;
}
