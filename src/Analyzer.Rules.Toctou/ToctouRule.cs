using Analyzer.Core.Findings;
using Analyzer.Core.Ir;
using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Analyzer.Rules.Toctou.Analysis;

namespace Analyzer.Rules.Toctou;

/// <summary>What every TOCTOU rule shares: analysis per function over its semantic model, and a scan-end step that
/// adds a safe sibling implementation as a contrast.</summary>
public abstract class ToctouRule : AnalysisRule
{
    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.RegisterFunctionAction(Analyze);
        context.RegisterScanEndAction(end => Contrasts.Attach(end, Descriptor.Id));
    }

    /// <summary>Analyzes one function and reports what it finds.</summary>
    protected abstract void Analyze(FunctionAnalysisContext context);

    /// <summary>True when the function's type shows it is shared between threads: it has a lock field, its own or one
    /// a struct it embeds promotes to it (<c>type Bounded struct { *Queue }</c>, where <c>Queue</c> has <c>mu</c>), or
    /// the function holds a lock (<see cref="HeldLock.ShowsThreadSharing"/>), or it touches a top-level variable that
    /// other code locks. Check-then-act on the state of a type that never locks is single-threaded by design.</summary>
    private protected static bool IsConcurrent(FunctionModel model)
    {
        if (model.CallerLocks.Select(h => h.Name).Concat(model.LockEvents.Select(e => e.Lock)).Any(name => name is not null && !LockNames.IsReturnedByCall(name))) return true;
        var package = model.Package;
        if (model.Accesses.Any(a => a.Resource is { IsGlobal: true } r && package.IsLockedSomewhere(model.Function, r))) return true;
        var owner = model.Function.OwnerType;
        return owner is not null && package.TypeNamed(owner) is { } type
               && (type.Fields.Any(package.Facts.IsLockField)
                   || type.Fields.Where(f => f.IsEmbedded).Any(f => package.TypeNamed(package.Facts.BaseTypeName(f.TypeText ?? f.Name)) is { } embedded
                                                                    && embedded.Fields.Any(package.Facts.IsLockField)));
    }

    /// <summary>The source of a node with runs of white space folded, the comments in it left out and the body of each
    /// function literal in it cut to "…", for messages: the act is what they name, not the code a literal runs later.</summary>
    private protected static string Quote(IrNode node)
    {
        var text = node.Module.Text;
        var span = node.Span;
        bool Inside(SourceSpan cut) => cut.StartOffset >= span.StartOffset && cut.EndOffset <= span.EndOffset;
        var cuts = node.DescendantsAndSelf().OfType<FunctionLiteral>().Select(l => (Cut: l.Body.Span, Mark: "…"))
            .Concat(node.Module.Comments.Select(c => (Cut: c.Span, Mark: " ")))
            .Where(c => Inside(c.Cut)).OrderBy(c => c.Cut.StartOffset);
        var quoted = new System.Text.StringBuilder();
        var at = span.StartOffset;
        foreach (var (cut, mark) in cuts)
        {
            if (cut.StartOffset < at) continue;
            quoted.Append(text.Text, at, cut.StartOffset - at).Append(mark);
            at = cut.EndOffset;
        }
        return Folded(quoted.Append(text.Text, at, span.EndOffset - at).ToString());
    }

    /// <summary>Code with runs of white space folded, for messages.</summary>
    private protected static string Folded(string code) =>
        string.Join(' ', code.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>A list of acts for a message: "line 12" or "lines 12, 19 and 25".</summary>
    private protected static string Lines(IEnumerable<Access> acts) =>
        Listed(acts.Select(a => a.Effect.Node.Span.StartLine).Distinct().Order()
            .Select(line => line.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList());

    /// <summary>Items for a message: "a", "a and b", "a, b and c".</summary>
    private protected static string Listed(IReadOnlyList<string> items) =>
        items.Count == 1 ? items[0] : string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1];

    /// <summary>Adds the acts after the first as related act locations.</summary>
    private protected static void AddOtherActs(FindingBuilder builder, IReadOnlyList<Access> acts)
    {
        foreach (var other in acts.Skip(1))
            builder.Add(LocationRole.Act, other.Effect.Node, $"also acts on the same check: {Quote(other.Effect.Node)}");
    }
}
