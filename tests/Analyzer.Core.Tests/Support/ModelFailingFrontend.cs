using Analyzer.Core.Frontends;
using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;
using Analyzer.Core.Text;
using Analyzer.Testing.Toy;

namespace Analyzer.Core.Tests.Support;

/// <summary>The toy frontend, with facts that throw when asked about a call whose argument is named "explode": the
/// semantic model of a function that makes one cannot be built, as if the analyzer had a bug there.</summary>
internal sealed class ModelFailingFrontend : ILanguageFrontend
{
    private readonly ToyFrontend _toy = new();

    public string LanguageId => _toy.LanguageId;

    public IReadOnlyList<string> FileExtensions => _toy.FileExtensions;

    public CommentSyntax CommentSyntax => _toy.CommentSyntax;

    public ILanguageFacts Facts { get; } = new FailingFacts();

    public ParsedFile Parse(SourceText text) => _toy.Parse(text);

    private sealed class FailingFacts : ILanguageFacts
    {
        public IReadOnlyList<Effect> EffectsOfCall(CallExpression call, IScope scope) =>
            call.Arguments is [{ Value: NameExpression { Name: "explode" } }] ? throw new InvalidOperationException("the model blew up") : [];

        public IReadOnlyList<Effect> EffectsOfScope(WithItem item, IScope scope) => [];

        public GlobalScoping Globals { get; } = new(PackageWide: false, AssignmentDeclaresLocal: true, GlobalStatement: null);

        public bool IsLockField(FieldDecl field) => false;

        public string ConstructorName => string.Empty;

        public bool NameImpliesCallerHoldsLock(string functionName) => false;

        public bool CatchesStoreFailure(ExceptHandler handler) => false;

        public string FixFor(FixKind kind) => "do the check and the act in one atomic step";
    }
}
