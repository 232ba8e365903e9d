using Analyzer.Core.Frontends;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Analyzer.Testing.Toy;

namespace Analyzer.Core.Tests.Support;

/// <summary>The toy frontend, except that it throws on a file whose text contains "crash", and its facts throw when
/// asked about a call whose argument is named "explode" (so the semantic model of a function that makes one cannot be
/// built, as if the analyzer had a bug there).</summary>
internal sealed class ThrowingFrontend : ILanguageFrontend
{
    private readonly ToyFrontend _toy = new();

    public ThrowingFrontend() => Facts = new ExplodingFacts(_toy.Facts);

    public string LanguageId => _toy.LanguageId;

    public IReadOnlyList<string> FileExtensions => _toy.FileExtensions;

    public CommentSyntax CommentSyntax => _toy.CommentSyntax;

    public ILanguageFacts Facts { get; }

    public ParsedFile Parse(SourceText text) =>
        text.Text.Contains("crash", StringComparison.Ordinal) ? throw new InvalidDataException("the frontend crashed") : _toy.Parse(text);

    private sealed class ExplodingFacts(ILanguageFacts toy) : ILanguageFacts
    {
        public IReadOnlyList<Effect> EffectsOfCall(CallExpression call, IScope scope) =>
            call.Arguments is [{ Value: NameExpression { Name: "explode" } }] ? throw new InvalidOperationException("the model blew up") : toy.EffectsOfCall(call, scope);

        public IReadOnlyList<Effect> EffectsOfScope(WithItem item, IScope scope) => toy.EffectsOfScope(item, scope);

        public GlobalScoping Globals => toy.Globals;

        public bool IsLockField(FieldDecl field) => toy.IsLockField(field);

        public bool IsConstructor(FunctionDecl function) => toy.IsConstructor(function);

        public string BaseTypeName(string typeText) => toy.BaseTypeName(typeText);

        public bool NameImpliesCallerHoldsLock(string functionName) => toy.NameImpliesCallerHoldsLock(functionName);

        public bool CatchesStoreFailure(ExceptHandler handler) => toy.CatchesStoreFailure(handler);

    }
}
