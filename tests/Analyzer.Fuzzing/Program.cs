using Analyzer.Fuzzing;
using SharpFuzz;

// Analyzer.Fuzzing <go|python> [scratch folder]: scans the input on stdin as a file of that language. Under afl-fuzz
// (dotnet cake --target=Fuzz) the fork server runs the scans in a child process, so a stack overflow, which no handler
// can catch, is reported as a crash and the next input goes on in a new child.
if (args.Length is < 1 or > 2 || !ScanOfOneInput.Languages.Contains(args[0]))
{
    Console.Error.WriteLine($"usage: Analyzer.Fuzzing <{string.Join("|", ScanOfOneInput.Languages)}> [scratch folder] < input; " +
                            "it scans the input as a file of that language (the fuzzing target is dotnet cake --target=Fuzz)");
    return 2;
}
var scratch = args.Length == 2 ? args[1] : Path.Combine(Path.GetTempPath(), "toctou-fuzz-" + args[0]);
// Instrumented code may run only inside Run, once SharpFuzz has set up the coverage map (the fork server's own process
// never gets one), so the engine is made there, on the first input.
ScanOfOneInput? scan = null;
Fuzzer.OutOfProcess.Run(input => (scan ??= ScanOfOneInput.Create(args[0], scratch)).Run(input));
return 0;
