using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Rules;

/// <summary>TOCTOU005: a cache read decides a set of the same key where the cache has an atomic add.</summary>
public sealed class CacheGetThenSetRule : ExternalResourceCheckThenActRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => ToctouDescriptors.Cache;

    /// <inheritdoc />
    protected override ResourceKind Kind => ResourceKind.CacheKey;

    /// <inheritdoc />
    protected override FixKind Fix => FixKind.AtomicCacheAdd;

    private protected override string Message(FunctionModel model, Access check, IReadOnlyList<Access> acts) =>
        Descriptor.FormatMessage(check.Effect.Detail ?? "a read", check.Resource!.Display, check.Effect.Node.Span.StartLine, Lines(acts));
}
