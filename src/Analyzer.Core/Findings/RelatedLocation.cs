using Analyzer.Core.Text;

namespace Analyzer.Core.Findings;

/// <summary>A secondary location of a finding, with its role and a message saying why it matters.</summary>
/// <param name="Role">What the location contributes.</param>
/// <param name="Span">Where it is.</param>
/// <param name="Message">Why it matters, in one phrase.</param>
/// <param name="Code">The source lines the span covers (whole lines), for reports.</param>
/// <param name="Outcome">For a <see cref="LocationRole.SwallowedException"/>: what the code does instead of passing the
/// failure on (<c>`return False` at line 12</c>); null when it just goes on.</param>
public sealed record RelatedLocation(LocationRole Role, SourceSpan Span, string Message, string Code, string? Outcome = null);
