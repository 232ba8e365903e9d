using System.Text.RegularExpressions;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Frontends.Java.Facts;

/// <summary>A declaration's Javadoc: the comment just above its annotations and modifiers, read as prose (no leading
/// asterisks, no HTML tags, <c>{@code x}</c> as x).</summary>
internal static partial class JavaDoc
{
    [GeneratedRegex(@"(?m)^\s*\*+")]
    private static partial Regex LeadingStars();

    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\{@\w+\s+([^}]*)\}")]
    private static partial Regex InlineTags();

    public static Documentation? Of(IrNode declaration)
    {
        var annotations = declaration switch
        {
            TypeDecl type => type.Decorators,
            FunctionDecl function => function.Decorators,
            _ => [],
        };
        var first = annotations.Select(a => a.Span.StartLine).Append(declaration.Span.StartLine).Min();
        return Documentation.Above(declaration.Module, first) is { } found
            ? found with { Text = InlineTags().Replace(Tags().Replace(LeadingStars().Replace(found.Text, " "), " "), "$1") }
            : null;
    }
}
