using Analyzer.Frontends.Java.Generated;

namespace Analyzer.Frontends.Java.Lowering;

/// <summary>What a declaration's modifiers say that the IR keeps: static, synchronized, and its annotations.</summary>
internal sealed record Modifiers(bool IsStatic, bool IsSynchronized, IReadOnlyList<JavaParser.AnnotationContext> Annotations)
{
    public static Modifiers None { get; } = new(false, false, []);

    public static Modifiers Of(IEnumerable<JavaParser.ClassOrInterfaceModifierContext> modifiers)
    {
        var list = modifiers.ToList();
        return new Modifiers(list.Any(m => m.STATIC() is not null), false,
            list.Select(m => m.annotation()).OfType<JavaParser.AnnotationContext>().ToList());
    }

    public static Modifiers Of(IEnumerable<JavaParser.ModifierContext> modifiers)
    {
        var list = modifiers.ToList();
        var outer = Of(list.Select(m => m.classOrInterfaceModifier()).OfType<JavaParser.ClassOrInterfaceModifierContext>());
        return outer with { IsSynchronized = list.Any(m => m.SYNCHRONIZED() is not null) };
    }
}
