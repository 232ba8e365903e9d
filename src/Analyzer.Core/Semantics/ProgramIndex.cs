using System.Collections.Concurrent;
using Analyzer.Core.Ir;
using Analyzer.Core.Text;

namespace Analyzer.Core.Semantics;

/// <summary>
/// Small summaries of every type in a scan, and of every method that checks and acts under one lock, kept after each
/// package's IR is dropped, so scan-end rules can look across the whole tree (for example for a sibling implementation
/// of the same operation that does it safely). Methods that do no such thing are left out: they are most of a program,
/// and a summary of each would make the scan's cache ten times larger for nothing a rule asks. Packages are
/// added in parallel, in no fixed order; everything read back is in source order (path, then offset), so what a
/// scan-end rule finds does not depend on which package finished first.
/// </summary>
public sealed class ProgramIndex
{
    private readonly ConcurrentBag<TypeSummary> _addedTypes = [];
    private readonly ConcurrentBag<FunctionSummary> _addedFunctions = [];
    private IReadOnlyList<TypeSummary>? _types;
    private IReadOnlyList<FunctionSummary>? _functions;
    private ILookup<(string Language, string Name), TypeSummary>? _typesByName;
    private readonly Dictionary<Type, object> _shared = [];

    /// <summary>Every type summarized so far, in source order.</summary>
    public IReadOnlyList<TypeSummary> Types => _types ??= _addedTypes.OrderBy(t => t.Span.Path, StringComparer.Ordinal).ThenBy(t => t.Span.StartOffset).ToList();

    /// <summary>Every method and function summarized so far (those that check and act under a lock), in source order.</summary>
    public IReadOnlyList<FunctionSummary> Functions => _functions ??= _addedFunctions.OrderBy(f => f.Span.Path, StringComparer.Ordinal).ThenBy(f => f.Span.StartOffset).ToList();

    /// <summary>Summarizes one package's types and the functions that check and act under a lock. A function whose analysis fails (an analyzer bug) is left
    /// out with a diagnostic through <paramref name="diagnose"/>; the rest of the package is summarized.</summary>
    public static (List<TypeSummary> Types, List<FunctionSummary> Functions) Summarize(PackageModel package, Action<ParseDiagnostic>? diagnose = null)
    {
        var types = new List<TypeSummary>();
        foreach (var type in package.Types)
        {
            var methods = package.MethodsOf(type.Name).Select(f => f.Name).Concat(type.InterfaceMethods)
                .Distinct().Order(StringComparer.Ordinal).ToList();
            types.Add(new TypeSummary(package.Language, type.Name, type.TypeKind, type.Bases.Select(package.Facts.BaseTypeName).Where(b => !package.Facts.IsRootType(b)).ToList(), methods, type.Span,
                type.TypeKind == TypeDeclKind.Interface && package.Facts.InterfacesAreImplicit));
        }
        var functions = new List<FunctionSummary>();
        foreach (var function in package.Functions)
        {
            List<GuardedAct> acts;
            try
            {
                // Test code is no model of how the product does an operation.
                acts = package.IsTestCode(function) || !package.CanHaveGuards(function) ? [] : package.ModelOf(function).GuardedActsUnderLock().ToList();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                diagnose?.Invoke(new ParseDiagnostic(function.Span, DiagnosticSeverity.Error,
                    $"the analysis of '{function.Name}' failed ({e.GetType().Name}: {e.Message}); it is left out of the comparisons across files, and the other functions and files were still analyzed — please report it with this code"));
                continue;
            }
            if (acts.Count == 0) continue;
            functions.Add(new FunctionSummary(package.Language, function.OwnerType, function.Name, function.Span,
                function.Module.Text.Line(function.Span.StartLine).Trim(), acts));
        }
        return (types, functions);
    }

    /// <summary>Adds one package's summaries (<see cref="Summarize"/>).</summary>
    public void Add(IEnumerable<TypeSummary> types, IEnumerable<FunctionSummary> functions)
    {
        foreach (var type in types) _addedTypes.Add(type);
        foreach (var function in functions) _addedFunctions.Add(function);
        _types = null;
        _functions = null;
        _typesByName = null;
        lock (_shared) _shared.Clear();
    }

    /// <summary>A view of the index that scan-end rules share (a lookup by name, say), built by the first rule that
    /// asks for its type and handed to the others as it is. The index must be complete by then.</summary>
    public T Shared<T>(Func<ProgramIndex, T> build) where T : class
    {
        ArgumentNullException.ThrowIfNull(build);
        lock (_shared)
        {
            if (_shared.TryGetValue(typeof(T), out var built)) return (T)built;
            var view = build(this);
            _shared[typeof(T)] = view;
            return view;
        }
    }

    /// <summary>The type named <paramref name="typeName"/> as code in <paramref name="nearPath"/> sees it: the one
    /// declared nearest, in the folder that shares the longest start with <paramref name="nearPath"/>'s (its own folder
    /// first), and among those the first in source order. Several packages often declare types of the same name.</summary>
    public TypeSummary? TypeNamed(string language, string typeName, string nearPath)
    {
        _typesByName ??= Types.ToLookup(t => (t.Language, t.Name));
        var folder = Path.GetDirectoryName(nearPath) ?? string.Empty;
        return _typesByName[(language, typeName)].MaxBy(t => SharedFolders(Path.GetDirectoryName(t.Span.Path) ?? string.Empty, folder));
    }

    /// <summary>How many leading folders two folder paths share; a folder shares all of its own, one more than any other.</summary>
    private static int SharedFolders(string folder, string other)
    {
        if (folder == other) return int.MaxValue;
        var (a, b) = (folder.Split('/', '\\'), other.Split('/', '\\'));
        var shared = 0;
        while (shared < a.Length && shared < b.Length && a[shared] == b[shared]) shared++;
        return shared;
    }

    /// <summary>The named type's ancestors by name (bases, transitively, as far as the scan declares them), nearest
    /// first; each base is looked up as code in <paramref name="nearPath"/> sees it.</summary>
    public IReadOnlyList<string> AncestorsOf(string language, string typeName, string nearPath)
    {
        var result = new List<string>();
        var pending = new Queue<TypeSummary?>([TypeNamed(language, typeName, nearPath)]);
        while (pending.TryDequeue(out var type))
        {
            if (type is null) continue;
            foreach (var b in type.Bases.Where(b => !result.Contains(b)))
            {
                result.Add(b);
                pending.Enqueue(TypeNamed(language, b, type.Span.Path));
            }
        }
        return result;
    }
}

/// <summary>A type's name, bases and method names (in ordinal order); for an interface, whether a type satisfies it by
/// having its methods (<see cref="ILanguageFacts.InterfacesAreImplicit"/>) rather than by naming it among its bases.</summary>
public sealed record TypeSummary(string Language, string Name, TypeDeclKind Kind, IReadOnlyList<string> Bases,
    IReadOnlyList<string> Methods, Text.SourceSpan Span, bool SatisfiedImplicitly);

/// <summary>A function's identity, its first line, and the check-and-act pairs it performs under one lock.</summary>
public sealed record FunctionSummary(string Language, string? OwnerType, string Name, Text.SourceSpan Span, string Header,
    IReadOnlyList<GuardedAct> ActsUnderLock);
