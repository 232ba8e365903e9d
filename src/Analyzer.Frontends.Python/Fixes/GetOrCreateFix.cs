using Analyzer.Core.Findings;
using Analyzer.Core.Fixes;
using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Fixes;

/// <summary>
/// Django's <c>if not M.objects.filter(a=x).exists(): M.objects.create(a=x, b=y)</c> becomes
/// <c>M.objects.get_or_create(a=x, defaults={'b': y})</c>: the lookup's arguments stay lookups and the rest become
/// defaults. Backed by a unique constraint on the looked-up fields, get_or_create turns the lost race into a lookup
/// of the row the other request made instead of a second row. Only keyword arguments, and only where every lookup is
/// passed to create with the same value.
/// </summary>
public sealed class GetOrCreateFix : CodeFixProvider
{
    /// <inheritdoc />
    public override string LanguageId => "python";

    /// <inheritdoc />
    public override IReadOnlyList<string> FixableRuleIds { get; } = ["TOCTOU003"];

    /// <inheritdoc />
    public override CodeFix? Fix(Finding finding, Module module)
    {
        if (NodeAt<CallExpression>(module, finding.Location) is not { Callee: MemberAccess { Member: "create", Target: var manager } } act
            || act.Arguments.Any(a => a.Name is null || a.Unpack != 0)
            || GuardedStatement.Holding(act) is not { } statement || GuardedStatement.If(statement) is not { Init: null } @if
            || @if.Condition is not UnaryExpression { Operator: "!", Operand: CallExpression { Callee: MemberAccess { Member: "exists", Target: CallExpression { Callee: MemberAccess { Member: "filter", Target: var filtered } } filter }, Arguments: [] } }
            || !GuardedStatement.Same(filtered, manager) || filter.Arguments.Count == 0 || filter.Arguments.Any(a => a.Name is null || a.Unpack != 0))
            return null;
        var created = act.Arguments.ToDictionary(a => a.Name!, a => a.Value.SourceCode, StringComparer.Ordinal);
        if (filter.Arguments.Any(a => !created.TryGetValue(a.Name!, out var value) || value != a.Value.SourceCode)) return null;
        var lookups = filter.Arguments.Select(a => $"{a.Name}={a.Value.SourceCode}");
        var defaults = act.Arguments.Where(a => filter.Arguments.All(f => f.Name != a.Name)).Select(a => $"'{a.Name}': {a.Value.SourceCode}").ToList();
        var arguments = defaults.Count == 0 ? lookups : lookups.Append($"defaults={{{string.Join(", ", defaults)}}}");
        return new CodeFix("Use get_or_create, which looks the row up or creates it (back it with a unique constraint on the looked-up fields)",
            [new TextEdit(@if.Span, $"{manager.SourceCode}.get_or_create({string.Join(", ", arguments)})")]);
    }
}
