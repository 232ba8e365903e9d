using Analyzer.Core.Text;

namespace Analyzer.Core.Findings;

/// <summary>Why a finding is accepted: a <c>toctou:ignore</c> comment in the source, with its reason.</summary>
/// <param name="Justification">The reason the comment gives after <c>--</c> (empty when it gives none).</param>
/// <param name="Span">Where the comment is.</param>
public sealed record Suppression(string Justification, SourceSpan Span);
