using Analyzer.Core.Semantics;
using Analyzer.Core.Text;

namespace Analyzer.Core.Frontends;

/// <summary>
/// A language frontend: parses one file into the shared IR and tells the semantic model what calls mean in its
/// language. Adding a language is one implementation of this interface plus its DI registration.
/// </summary>
public interface ILanguageFrontend
{
    /// <summary>The language id used in findings and reports, for example "go".</summary>
    string LanguageId { get; }

    /// <summary>File extensions this frontend reads, with the dot, for example ".go".</summary>
    IReadOnlyList<string> FileExtensions { get; }

    /// <summary>How comments are written, so tools can write inline expectations in fixtures.</summary>
    CommentSyntax CommentSyntax { get; }

    /// <summary>The language's concurrency and library facts the semantic model asks about.</summary>
    ILanguageFacts Facts { get; }

    /// <summary>Parses and lowers one file. Never throws for bad input: problems become diagnostics, and the module
    /// is null only when nothing usable could be read.</summary>
    ParsedFile Parse(SourceText text);

    /// <summary>Parses and lowers one file within <paramref name="limits"/>: a file past them yields a diagnostic and
    /// no module, having cost no more memory than the limits allow. A frontend without limits of its own parses as
    /// <see cref="Parse(SourceText)"/> does.</summary>
    ParsedFile Parse(SourceText text, ParseLimits limits) => Parse(text);
}
