using Analyzer.Core.Engine;
using Analyzer.Emitters;

namespace Analyzer.SampleHost.Tests;

/// <summary>An emitter with a bug: it always throws.</summary>
internal sealed class FailingEmitter : IReportEmitter
{
    public string Format => "failing";

    public void Emit(ScanResult result, TextWriter output) => throw new InvalidOperationException("the emitter broke");
}
