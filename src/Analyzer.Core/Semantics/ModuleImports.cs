using Analyzer.Core.Ir;

namespace Analyzer.Core.Semantics;

/// <summary>What a module's imports bind, anywhere in it: local names bound to modules, by the module's last name
/// (<c>registry</c> for <c>from . import registry</c>, <c>import app.registry</c> or <c>import x.registry as
/// registry</c>), and names imported from a module (<c>lookup</c> from <c>from .registry import lookup</c>), by the
/// module's last name.</summary>
internal sealed record ModuleImports(IReadOnlyDictionary<string, string> Modules, IReadOnlyDictionary<string, string> Names)
{
    public static ModuleImports Of(Module module)
    {
        var modules = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var import in module.DescendantsAndSelf().OfType<ImportDecl>())
        {
            var last = import.Path.Split('.')[^1];
            if (import.Alias is { } alias) modules.TryAdd(alias, import.Names.Count == 1 ? import.Names[0] : last);
            else if (import.Names.Count == 0) modules.TryAdd(last, last);
            else
                foreach (var name in import.Names)
                {
                    modules.TryAdd(name, name);
                    names.TryAdd(name, last);
                }
        }
        return new ModuleImports(modules, names);
    }
}
