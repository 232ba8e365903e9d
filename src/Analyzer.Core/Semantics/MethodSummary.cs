using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>What a method reads, writes and locks, as its callers see it.</summary>
public sealed record MethodSummary(IReadOnlySet<string> FieldsRead, IReadOnlySet<string> FieldsWritten, IReadOnlySet<string> LocksTaken)
{
    internal static MethodSummary Compute(PackageModel package, FunctionDecl function) =>
        new(new HashSet<string>(), new HashSet<string>(), new HashSet<string>());
}
