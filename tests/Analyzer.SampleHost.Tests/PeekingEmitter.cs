using Analyzer.Core.Engine;
using Analyzer.Emitters;

namespace Analyzer.SampleHost.Tests;

/// <summary>An emitter that, halfway through its report, reads what the --output file holds at that moment.</summary>
internal sealed class PeekingEmitter(string outputPath) : IReportEmitter
{
    public const string FirstHalf = "first half\n";
    public const string SecondHalf = "second half\n";

    public string Format => "peeking";

    /// <summary>What the output file held while the report was half written.</summary>
    public string? Seen { get; private set; }

    public void Emit(ScanResult result, TextWriter output)
    {
        output.Write(FirstHalf);
        output.Flush();
        Seen = File.ReadAllText(outputPath);
        output.Write(SecondHalf);
    }
}
