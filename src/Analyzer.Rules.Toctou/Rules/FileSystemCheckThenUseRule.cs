using Analyzer.Core.Rules;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Rules;

/// <summary>TOCTOU004: a check of a path decides a use of the same path.</summary>
public sealed class FileSystemCheckThenUseRule : ExternalResourceCheckThenActRule
{
    /// <inheritdoc />
    public override RuleDescriptor Descriptor => ToctouDescriptors.FileSystem;

    /// <inheritdoc />
    protected override ResourceKind Kind => ResourceKind.FilePath;

    /// <inheritdoc />
    protected override FixKind Fix => FixKind.ExclusiveFileCreate;

    /// <summary>An act whose failure the code handles (the error tested with os.IsExist, an except FileExistsError)
    /// turns the lost race into a normal outcome.</summary>
    private protected override bool ToleratesLostRace(FunctionModel model, Access act) =>
        model.Package.Facts.HandlesLostPathRace(act.Effect.Node);

    private protected override string Message(FunctionModel model, Access check, IReadOnlyList<Access> acts) =>
        Descriptor.FormatMessage(check.Effect.Detail ?? "a check", check.Resource!.Display, check.Effect.Node.Span.StartLine,
            acts[0].Effect.Detail ?? "a call", Lines(acts));
}
