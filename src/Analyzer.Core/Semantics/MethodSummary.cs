using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>What a method reads, writes and locks, as its callers see it (through calls to its own methods too).</summary>
/// <param name="Reads">Shared state it reads.</param>
/// <param name="Writes">Shared state it writes.</param>
/// <param name="Locks">Locks it takes.</param>
public sealed record MethodSummary(IReadOnlyList<Resource> Reads, IReadOnlyList<Resource> Writes, IReadOnlySet<string> Locks)
{
    [ThreadStatic] private static HashSet<FunctionDecl>? _inProgress;

    internal static MethodSummary Compute(PackageModel package, FunctionDecl function)
    {
        _inProgress ??= new HashSet<FunctionDecl>(ReferenceEqualityComparer.Instance);
        if (function.Body is null || !_inProgress.Add(function)) return new MethodSummary([], [], new HashSet<string>());
        try
        {
            var scope = new FunctionScope(package, function);
            var resolver = new EffectResolver(scope);
            var reads = new List<Resource>();
            var writes = new List<Resource>();
            var locks = new HashSet<string>(StringComparer.Ordinal);
            foreach (var node in Statements.WalkSkippingClosures(function.Body))
            {
                switch (node)
                {
                    case Assignment assignment:
                        foreach (var target in assignment.Targets)
                            if (scope.ResourceOf(target) is { } written) writes.Add(written);
                        break;
                    case DeleteStatement delete:
                        foreach (var target in delete.Targets)
                            if (scope.ResourceOf(target) is { } deleted) writes.Add(deleted);
                        break;
                    case CallExpression call:
                        foreach (var effect in resolver.OfCall(call))
                        {
                            if (effect.Kind == EffectKind.Acquire && effect.Lock is not null) locks.Add(effect.Lock);
                            if (effect.Resource is null) continue;
                            if (effect.Kind is EffectKind.Write or EffectKind.AtomicCheckAndAct) writes.Add(effect.Resource);
                            if (effect.Kind is EffectKind.Read) reads.Add(effect.Resource);
                        }
                        break;
                    case MemberAccess or IndexExpression or NameExpression when node.Parent is not Assignment && scope.ResourceOf((IrExpression)node) is { Kind: not ResourceKind.ExternalStore } read:
                        reads.Add(read);
                        break;
                }
            }
            return new MethodSummary(reads.Distinct().ToList(), writes.Distinct().ToList(), locks);
        }
        finally
        {
            _inProgress.Remove(function);
        }
    }
}
