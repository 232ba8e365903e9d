using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>
/// Adds to each finding a contrast: a sibling implementation of the same operation — the same method name on a
/// type with a common base class, or on a type that satisfies a common interface, that the scan declares with that
/// method — that performs its check and act under one lock, outside test code, and is not reported itself. It shows the
/// maintainer the safe shape in their own code base.
/// </summary>
internal static class Contrasts
{
    public static void Attach(ScanEndContext context, string ruleId)
    {
        var mine = context.Findings.Where(f => f.RuleId == ruleId && f.CheckAct is { OwnerType: not null }).ToList();
        if (mine.Count == 0) return;
        var siblings = context.Index.Shared(index => new Siblings(index));
        // A sibling the rule reports itself does not do the operation safely, whatever one of its checks does under a lock.
        var reported = context.Findings.Where(f => f.RuleId == ruleId).Select(f => (f.Location.Path, f.FunctionName)).ToHashSet();
        foreach (var finding in mine)
        {
            var facts = finding.CheckAct!;
            var contrast = facts.Operations
                .Select(operation => siblings.SafeImplementation(facts.Language, facts.OwnerType!, finding.Location.Path, operation, facts.State, reported))
                .FirstOrDefault(c => c is not null);
            if (contrast is null) continue;
            var (function, act) = contrast.Value;
            var related = finding.Related.ToList();
            var name = $"{function.OwnerType}.{function.Name}()";
            related.Add(new RelatedLocation(LocationRole.Contrast, function.Span,
                $"{name} in {function.Span.Path} does the same operation safely: it checks and acts under `{act.LockCode}` (line {act.Lock.StartLine})",
                function.Header));
            related.Add(new RelatedLocation(LocationRole.Contrast, act.Lock,
                $"{name} holds {act.LockName} from its check (line {act.Check.StartLine}) through its act (line {act.Act.StartLine})",
                act.LockCode));
            context.Replace(finding, finding with { Related = related, CheckAct = facts with { SafeSibling = function.Name } });
        }
    }

    /// <summary>Finds safe sibling implementations in the index, computing type relations once per scan end for every
    /// rule.</summary>
    private sealed class Siblings(ProgramIndex index)
    {
        private readonly ILookup<string, FunctionSummary> _byName = index.Functions
            .Where(f => f.OwnerType is not null && f.ActsUnderLock.Count > 0).ToLookup(f => f.Name);
        private readonly Dictionary<(string, string?, string), HashSet<string>> _families = new();

        // A type has the one method of a one-method interface (Run, Check, Update) by chance as often as by design; two
        // methods in common make it the same abstraction.
        private const int MinImplicitMethods = 2;

        // Each interface a type satisfies by its methods alone, under its first method: a type satisfies only interfaces
        // whose first method it has. Interfaces a type must name are among its bases.
        private readonly ILookup<(string Language, string Method), TypeSummary> _interfacesByFirstMethod = index.Types
            .Where(t => t.SatisfiedImplicitly && t.Methods.Count >= MinImplicitMethods).ToLookup(t => (t.Language, t.Methods[0]));

        /// <summary>A sibling's method named <paramref name="operation"/> that checks and acts under one lock; for a check of
        /// the receiver's field <paramref name="state"/>, on a field of that name (an age timer's start is not a key's
        /// making), otherwise its first such act.</summary>
        public (FunctionSummary Function, GuardedAct Act)? SafeImplementation(string language, string owner, string path, string operation, string? state,
            IReadOnlySet<(string Path, string Function)> reported)
        {
            var family = Family(language, owner, path);
            return _byName[operation]
                .Where(f => f.Language == language && f.OwnerType != owner && !reported.Contains((f.Span.Path, $"{f.OwnerType}.{f.Name}"))
                            && Family(language, f.OwnerType!, f.Span.Path).Intersect(family).Any(common => Declares(language, common, operation, path)))
                .Select(f => (Function: f, Act: f.ActsUnderLock.FirstOrDefault(a => state is null || a.State == state)))
                .Where(c => c.Act is not null)
                .Select(c => ((FunctionSummary, GuardedAct)?)(c.Function, c.Act!))
                .FirstOrDefault();
        }

        /// <summary>True when the scan declares <paramref name="type"/> with a method named <paramref name="operation"/>:
        /// the two implementations are of one operation of one abstraction (a Queue's Replace, a cache's add), not two
        /// methods that share a name and a general base such as a task's run.</summary>
        private bool Declares(string language, string type, string operation, string path) =>
            index.TypeNamed(language, type, path)?.Methods.Contains(operation, StringComparer.Ordinal) == true;

        /// <summary>The base classes (transitively) and satisfied interfaces of a type: two types are siblings when these overlap.</summary>
        private HashSet<string> Family(string language, string type, string path)
        {
            var key = (language, Path.GetDirectoryName(path), type);
            if (_families.TryGetValue(key, out var cached)) return cached;
            var family = new HashSet<string>(index.AncestorsOf(language, type, path), StringComparer.Ordinal);
            var methods = index.TypeNamed(language, type, path)?.Methods.ToHashSet(StringComparer.Ordinal);
            if (methods is not null)
                foreach (var method in methods)
                    foreach (var iface in _interfacesByFirstMethod[(language, method)])
                        if (iface.Methods.All(methods.Contains))
                            family.Add(iface.Name);
            return _families[key] = family;
        }
    }
}
