using Analyzer.Core.Ir;
using Analyzer.Core.Semantics;

namespace Analyzer.Testing.Toy;

/// <summary>The toy language's facts: it has no locks, stores or exceptions, so every answer is empty.</summary>
internal sealed class ToyFacts : ILanguageFacts
{
    public IReadOnlyList<Effect> EffectsOfCall(CallExpression call, IScope scope) => [];

    public IReadOnlyList<Effect> EffectsOfScope(WithItem item, IScope scope) => [];

    public GlobalScoping Globals { get; } = new(PackageWide: false, AssignmentDeclaresLocal: true, GlobalStatement: null);

    public bool IsLockField(FieldDecl field) => false;

    public bool IsConstructor(FunctionDecl function) => false;

    public string BaseTypeName(string typeText) => typeText;

    public bool NameImpliesCallerHoldsLock(string functionName) => false;

    public bool CatchesStoreFailure(ExceptHandler handler) => false;

}
