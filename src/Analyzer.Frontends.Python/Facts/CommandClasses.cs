using Analyzer.Core.Ir;

namespace Analyzer.Frontends.Python.Facts;

/// <summary>
/// Command-line commands' base classes: Django's management commands (<c>BaseCommand</c>, <c>AppCommand</c>,
/// <c>LabelCommand</c> from <c>django.core.management</c>) and distutils/setuptools build steps (<c>Command</c>,
/// and <c>build</c>, <c>build_ext</c>, <c>install</c>… from their <c>command</c> modules), known by the module the
/// class is imported from.
/// </summary>
internal static class CommandClasses
{
    public static bool IsBase(string baseName, Module module)
    {
        var name = baseName[(baseName.LastIndexOf('.') + 1)..];
        return module.DescendantsAndSelf().OfType<ImportDecl>().Any(i => i.Names.Contains(name) && IsCommandModule(i.Path, name));
    }

    private static bool IsCommandModule(string path, string name) =>
        path.StartsWith("django.core.management", StringComparison.Ordinal) && name.EndsWith("Command", StringComparison.Ordinal)
        || (path.StartsWith("distutils", StringComparison.Ordinal) || path.StartsWith("setuptools", StringComparison.Ordinal))
           && (name == "Command" || path.Contains(".command.", StringComparison.Ordinal));
}
