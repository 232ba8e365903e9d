using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>What a module's <c>from … import …</c> statements bind.</summary>
internal static class PythonImports
{
    /// <summary>True when <paramref name="module"/> imports <paramref name="name"/> bare from one of
    /// <paramref name="modules"/> (<c>from flask import abort</c>), anywhere in the file.</summary>
    public static bool BindsFrom(Module module, string name, IReadOnlySet<string> modules) =>
        module.DescendantsAndSelf().OfType<ImportDecl>().Any(i => modules.Contains(i.Path) && i.Names.Contains(name));
}
