using System.Collections.Concurrent;
using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Small summaries of every type and method in a scan, kept after each package's IR is dropped, so scan-end rules
/// can look across the whole tree (for example for a sibling implementation of the same operation).
/// </summary>
public sealed class ProgramIndex
{
    private readonly ConcurrentBag<TypeSummary> _types = [];
    private readonly ConcurrentBag<FunctionSummary> _functions = [];

    /// <summary>Every type summarized so far.</summary>
    public IReadOnlyCollection<TypeSummary> Types => _types;

    /// <summary>Every method and function summarized so far.</summary>
    public IReadOnlyCollection<FunctionSummary> Functions => _functions;

    /// <summary>Adds the summaries of one package.</summary>
    public void Add(PackageModel package)
    {
        foreach (var type in package.Types)
        {
            var methods = package.Functions.Where(f => f.OwnerType == type.Name).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
            methods.UnionWith(type.InterfaceMethods);
            _types.Add(new TypeSummary(package.Language, type.Name, type.TypeKind, type.Bases.Select(TypeNames.Base).ToList(), methods, type.Span));
        }
        foreach (var function in package.Functions)
        {
            var model = package.ModelOf(function);
            _functions.Add(new FunctionSummary(package.Language, function.OwnerType, function.Name, function.Span,
                function.Module.Text.Line(function.Span.StartLine).Trim(), model.GuardedActsUnderLock().ToList()));
        }
    }

    /// <summary>The named type's ancestors by name (bases, transitively, as far as the scan declares them), nearest first.</summary>
    public IReadOnlyList<string> AncestorsOf(string language, string typeName)
    {
        var byName = _types.Where(t => t.Language == language).GroupBy(t => t.Name).ToDictionary(g => g.Key, g => g.First());
        var result = new List<string>();
        var pending = new Queue<string>([typeName]);
        while (pending.Count > 0)
        {
            if (!byName.TryGetValue(pending.Dequeue(), out var type)) continue;
            foreach (var b in type.Bases.Where(b => !result.Contains(b)))
            {
                result.Add(b);
                pending.Enqueue(b);
            }
        }
        return result;
    }
}

/// <summary>A type's name, bases and method names.</summary>
public sealed record TypeSummary(string Language, string Name, TypeDeclKind Kind, IReadOnlyList<string> Bases,
    IReadOnlySet<string> Methods, Text.SourceSpan Span);

/// <summary>A function's identity, its first line, and the check-and-act pairs it performs under one lock.</summary>
public sealed record FunctionSummary(string Language, string? OwnerType, string Name, Text.SourceSpan Span, string Header,
    IReadOnlyList<GuardedAct> ActsUnderLock);
