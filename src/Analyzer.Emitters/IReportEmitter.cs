using Analyzer.Core.Engine;

namespace Analyzer.Emitters;

/// <summary>Renders a scan's findings in one format.</summary>
public interface IReportEmitter
{
    /// <summary>The format's name as the command line spells it, for example "markdown" or "sarif".</summary>
    string Format { get; }

    /// <summary>Writes the report of <paramref name="result"/> to <paramref name="output"/>.</summary>
    void Emit(ScanResult result, TextWriter output);
}
