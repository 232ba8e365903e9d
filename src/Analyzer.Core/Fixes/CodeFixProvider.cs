using Analyzer.Core.Findings;
using Analyzer.Core.Ir;

namespace Analyzer.Core.Fixes;

/// <summary>
/// Offers mechanical fixes for findings of some rules in one language, as Roslyn's <c>CodeFixProvider</c> does. It is
/// registered through DI beside the rules (<c>services.AddSingleton&lt;CodeFixProvider, MyFix&gt;()</c>); the engine
/// asks it about each finding of those rules in a file of its language while the file's IR is at hand, and the fix
/// goes with the finding (SARIF <c>fixes</c>, <c>toctou fix</c>). It offers a fix only where the change keeps what the
/// code means; otherwise it offers none.
/// </summary>
public abstract class CodeFixProvider
{
    /// <summary>The language id of the files it fixes ("python").</summary>
    public abstract string LanguageId { get; }

    /// <summary>The rules whose findings it may fix.</summary>
    public abstract IReadOnlyList<string> FixableRuleIds { get; }

    /// <summary>The fix of <paramref name="finding"/>, found in <paramref name="module"/> (the finding's file), or null.</summary>
    public abstract CodeFix? Fix(Finding finding, Module module);

    /// <summary>The node of <paramref name="module"/> whose span is exactly <paramref name="span"/> and that is
    /// <typeparamref name="T"/>, the outermost one when several are. Only the nodes that hold the span are walked: a
    /// provider is asked about every finding of a file, and walking the whole file each time would make a file with
    /// many findings cost their number times its size.</summary>
    protected static T? NodeAt<T>(Module module, Text.SourceSpan span) where T : IrNode =>
        module.DescendantsAndSelf(n => n.Span.StartOffset <= span.StartOffset && span.EndOffset <= n.Span.EndOffset)
            .OfType<T>().FirstOrDefault(n => n.Span.StartOffset == span.StartOffset && n.Span.EndOffset == span.EndOffset);
}
