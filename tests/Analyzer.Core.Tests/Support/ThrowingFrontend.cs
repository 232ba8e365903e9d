using Analyzer.Core.Frontends;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Analyzer.Testing.Toy;

namespace Analyzer.Core.Tests.Support;

/// <summary>The toy frontend, except that it throws on a file whose text contains "crash".</summary>
internal sealed class ThrowingFrontend : ILanguageFrontend
{
    private readonly ToyFrontend _toy = new();

    public string LanguageId => _toy.LanguageId;

    public IReadOnlyList<string> FileExtensions => _toy.FileExtensions;

    public CommentSyntax CommentSyntax => _toy.CommentSyntax;

    public ILanguageFacts Facts => _toy.Facts;

    public ParsedFile Parse(SourceText text) =>
        text.Text.Contains("crash", StringComparison.Ordinal) ? throw new InvalidDataException("the frontend crashed") : _toy.Parse(text);
}
