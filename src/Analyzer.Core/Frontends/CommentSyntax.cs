namespace Analyzer.Core.Frontends;

/// <summary>How a language writes comments.</summary>
/// <param name="LinePrefix">The line-comment prefix, such as "//" or "#".</param>
public sealed record CommentSyntax(string LinePrefix);
