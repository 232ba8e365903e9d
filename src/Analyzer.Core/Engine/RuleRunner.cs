using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Microsoft.Extensions.Logging;

namespace Analyzer.Core.Engine;

/// <summary>Initializes every rule once and dispatches nodes to the callbacks registered for their kind. A rule that
/// throws is logged and reported as a diagnostic; the other rules and files go on.</summary>
internal sealed class RuleRunner
{
    private readonly List<AnalysisContext> _contexts;
    private readonly Dictionary<IrKind, List<(AnalysisRule Rule, Action<NodeAnalysisContext> Action)>> _byKind = new();
    private readonly ILogger _logger;

    public RuleRunner(IEnumerable<AnalysisRule> rules, ILogger logger)
    {
        _logger = logger;
        _contexts = rules.Select(rule =>
        {
            var context = new AnalysisContext(rule);
            rule.Initialize(context);
            return context;
        }).ToList();
        foreach (var context in _contexts)
            foreach (var (kinds, action) in context.NodeActions)
                foreach (var kind in kinds)
                {
                    if (!_byKind.TryGetValue(kind, out var list)) _byKind[kind] = list = [];
                    list.Add((context.Rule, action));
                }
        Descriptors = _contexts.Select(c => c.Rule.Descriptor).OrderBy(d => d.Id, StringComparer.Ordinal).ToList();
    }

    public IReadOnlyList<RuleDescriptor> Descriptors { get; }

    public IEnumerable<AnalysisRule> Rules => _contexts.Select(c => c.Rule);

    public void Run(PackageModel package, Action<Finding> report, Action<ParseDiagnostic> diagnose)
    {
        // With no rule asking for nodes of a kind, the functions the package model indexed are all there is to visit.
        if (_byKind.Count == 0)
        {
            foreach (var function in package.AnalyzedFunctions)
                RunFunctionActions(package, function, report, diagnose);
            return;
        }
        foreach (var module in package.Modules)
            foreach (var node in module.DescendantsAndSelf(package.IsAnalyzed))
            {
                if (_byKind.TryGetValue(node.Kind, out var actions))
                    foreach (var (rule, action) in actions)
                        Guard(rule, node, diagnose, action, new NodeAnalysisContext(node, package, report));
                if (node is FunctionDecl { Body: not null } function)
                    RunFunctionActions(package, function, report, diagnose);
            }
    }

    private void RunFunctionActions(PackageModel package, FunctionDecl function, Action<Finding> report, Action<ParseDiagnostic> diagnose)
    {
        foreach (var context in _contexts)
            foreach (var action in context.FunctionActions)
                Guard(context.Rule, function, diagnose, action, new FunctionAnalysisContext(function, package, report));
    }

    public void RunScanEnd(List<Finding> findings, ProgramIndex index, Action<ParseDiagnostic> diagnose)
    {
        foreach (var context in _contexts)
            foreach (var action in context.ScanEndActions)
            {
                try
                {
                    action(new ScanEndContext(findings, index));
                }
                catch (Exception e)
                {
                    _logger.LogError(e, "Rule {Rule} failed at scan end", context.Rule.Descriptor.Id);
                    diagnose(new ParseDiagnostic(SourceSpan.FileStart("."), DiagnosticSeverity.Error,
                        $"rule {context.Rule.Descriptor.Id} failed at scan end ({e.GetType().Name}: {e.Message}); its findings may be incomplete — please report it"));
                }
            }
    }

    // The action and its context are passed apart: a closure over them would be made for every node of the package.
    private void Guard<TContext>(AnalysisRule rule, IrNode node, Action<ParseDiagnostic> diagnose, Action<TContext> action, TContext context)
    {
        try
        {
            action(context);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _logger.LogError(e, "Rule {Rule} failed at {Location}", rule.Descriptor.Id, node.Span);
            diagnose(new ParseDiagnostic(node.Span, DiagnosticSeverity.Error,
                $"rule {rule.Descriptor.Id} failed here ({e.GetType().Name}: {e.Message}); other rules and files were still analyzed — please report it with this code"));
        }
    }
}
