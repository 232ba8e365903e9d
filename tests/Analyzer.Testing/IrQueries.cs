using Analyzer.Core.Ir;

namespace Analyzer.Testing;

/// <summary>Finds nodes in an IR tree for a test's assertions, the same for every language.</summary>
public static class IrQueries
{
    /// <summary>The first node of type <typeparamref name="T"/> in <paramref name="node"/> and below, in source order.</summary>
    public static T First<T>(this IrNode node) where T : IrNode => node.DescendantsAndSelf().OfType<T>().First();

    /// <summary>Every node of type <typeparamref name="T"/> in <paramref name="node"/> and below, in source order.</summary>
    public static List<T> All<T>(this IrNode node) where T : IrNode => node.DescendantsAndSelf().OfType<T>().ToList();

    /// <summary>The source text a node covers.</summary>
    public static string Text(this IrNode node) => node.SourceCode;
}
