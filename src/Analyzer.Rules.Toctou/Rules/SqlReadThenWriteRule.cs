using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Rules;

/// <summary>TOCTOU003: a SELECT without a row lock decides an INSERT, UPDATE or DELETE of the same table.</summary>
public sealed class SqlReadThenWriteRule : ExternalResourceCheckThenActRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => ToctouDescriptors.SqlReadThenWrite;

    /// <inheritdoc />
    protected override ResourceKind Kind => ResourceKind.SqlTable;

    /// <inheritdoc />
    protected override FixKind Fix => FixKind.RowLockOrUpsert;

    private protected override string Message(FunctionModel model, Access check, IReadOnlyList<Access> acts)
    {
        var verbs = string.Join(" / ", acts.Select(a => a.Effect.Detail ?? "write").Distinct());
        var transaction = acts[0].Transaction is { } t ? $" inside `{Quote(t)}` (line {t.Span.StartLine}), which locks no rows" : string.Empty;
        return Descriptor.FormatMessage(check.Resource!.Display, check.Effect.Node.Span.StartLine, verbs, Lines(acts), transaction);
    }
}
