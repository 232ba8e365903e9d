using Analyzer.Frontends.Antlr;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Python.Parsing;

/// <summary>
/// Base of the generated Python parser; depth-guarded (see <see cref="DepthGuardedParser"/>), with room for the
/// grammar's predicates.
/// </summary>
public abstract class PythonParserBase : DepthGuardedParser
{
    /// <summary>Creates the parser over <paramref name="input"/>.</summary>
    protected PythonParserBase(ITokenStream input, TextWriter output, TextWriter errorOutput)
        : base(input, output, errorOutput)
    {
    }
}
