using Analyzer.Core.Frontends;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;

namespace Analyzer.Testing.Toy;

/// <summary>
/// A tiny line-based language for testing the engine and the test framework without a real frontend. Files end in
/// <c>.toy</c>; comments start with <c>//</c>; statements on one line are separated by <c>;</c>:
/// <code>
/// func NAME {        // or func Owner.NAME {
///   check x          // a check of x
///   act x            // an act on x
///   if x {           // a check of x that guards the block
///   }
/// }
/// </code>
/// A line that is none of these gets an error diagnostic with its location, and the rest of the file is still read.
/// </summary>
public sealed class ToyFrontend : ILanguageFrontend
{
    /// <summary>The language id, "toy".</summary>
    public const string Language = "toy";

    /// <inheritdoc />
    public string LanguageId => Language;

    /// <inheritdoc />
    public IReadOnlyList<string> FileExtensions { get; } = [".toy"];

    /// <inheritdoc />
    public CommentSyntax CommentSyntax { get; } = new("//");

    /// <inheritdoc />
    public ILanguageFacts Facts { get; } = new ToyFacts();

    /// <inheritdoc />
    public ParsedFile Parse(SourceText text) => new ToyParser(text).Parse();
}
