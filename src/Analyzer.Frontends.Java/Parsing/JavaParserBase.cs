using Analyzer.Frontends.Antlr;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Java.Parsing;

/// <summary>
/// Base of the generated Java parser (depth-guarded, see <see cref="DepthGuardedParser"/>): answers the grammar's
/// semantic predicates, which tell a contextual keyword (JLS 21, section 3.9: record, sealed, permits, yield, when, the
/// module words) from an identifier of the same spelling by where it stands.
/// </summary>
public abstract class JavaParserBase : DepthGuardedParser
{
    /// <summary>Creates the parser over <paramref name="input"/>.</summary>
    protected JavaParserBase(ITokenStream input, TextWriter output, TextWriter errorOutput)
        : base(input, output, errorOutput)
    {
    }

    /// <summary>True when the next token is spelled <paramref name="word"/>.</summary>
    /// <param name="word">The contextual keyword.</param>
    /// <returns>True for that word.</returns>
    protected bool Is(string word) => TokenStream.LT(1).Text == word;
}
