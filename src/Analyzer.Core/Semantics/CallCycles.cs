using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>
/// The package's call cycles: functions that reach one another through the calls the package ties to them (mutual
/// recursion), found as the strongly connected components of the call graph (Tarjan's algorithm, iteratively, so a
/// deep chain of calls cannot overflow the stack). A function that only calls itself is in no cycle here.
/// </summary>
internal static class CallCycles
{
    /// <summary>For each function in a cycle of two or more, the cycle's number; functions in no cycle are left out.</summary>
    public static Dictionary<FunctionDecl, int> Of(PackageModel package)
    {
        var functions = package.Functions.ToList();
        var known = functions.ToHashSet(ReferenceEqualityComparer.Instance);
        // The edges run from a function to its callers: the reversed graph has the same components.
        List<FunctionDecl> Callers(FunctionDecl f) => package.CallSitesReaching(f).Select(s => s.Caller)
            .Where(c => !ReferenceEquals(c, f) && known.Contains(c)).Distinct(ReferenceEqualityComparer.Instance).Cast<FunctionDecl>().ToList();

        var index = new Dictionary<FunctionDecl, int>(ReferenceEqualityComparer.Instance);
        var low = new Dictionary<FunctionDecl, int>(ReferenceEqualityComparer.Instance);
        var onStack = new HashSet<FunctionDecl>(ReferenceEqualityComparer.Instance);
        var stack = new Stack<FunctionDecl>();
        var cycles = new Dictionary<FunctionDecl, int>(ReferenceEqualityComparer.Instance);
        var next = 0;
        foreach (var root in functions)
        {
            if (index.ContainsKey(root)) continue;
            var work = new Stack<(FunctionDecl Function, List<FunctionDecl> Edges, int Next)>();
            Enter(root);
            while (work.Count > 0)
            {
                var (function, edges, at) = work.Pop();
                if (at < edges.Count)
                {
                    work.Push((function, edges, at + 1));
                    var caller = edges[at];
                    if (!index.ContainsKey(caller)) Enter(caller);
                    else if (onStack.Contains(caller)) low[function] = Math.Min(low[function], index[caller]);
                    continue;
                }
                if (work.Count > 0) low[work.Peek().Function] = Math.Min(low[work.Peek().Function], low[function]);
                if (low[function] != index[function]) continue;
                var component = new List<FunctionDecl>();
                FunctionDecl member;
                do
                {
                    member = stack.Pop();
                    onStack.Remove(member);
                    component.Add(member);
                } while (!ReferenceEquals(member, function));
                if (component.Count > 1)
                    foreach (var m in component) cycles[m] = index[function];
            }

            void Enter(FunctionDecl f)
            {
                index[f] = low[f] = next++;
                stack.Push(f);
                onStack.Add(f);
                work.Push((f, Callers(f), 0));
            }
        }
        return cycles;
    }
}
