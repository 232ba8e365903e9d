using Analyzer.Core.Text;

namespace Analyzer.Core.Fixes;

/// <summary>One replacement in a file: the text of <paramref name="Span"/> becomes <paramref name="NewText"/>.</summary>
public sealed record TextEdit(SourceSpan Span, string NewText);
