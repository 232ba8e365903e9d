using Analyzer.Core.Ir;
using Analyzer.Core.Text;

namespace Analyzer.Core.Semantics;

/// <summary>Code that runs once per web request, many at a time: a function the language's facts name a handler
/// (<see cref="ILanguageFacts.ServesRequests(FunctionDecl)"/>), or a function literal registered as one where it is written
/// (<c>http.HandleFunc("/", func(w, r) { … })</c>, <see cref="ILanguageFacts.ServesRequests(FunctionLiteral)"/>); or a
/// method that a library calls the same way by an interface's contract (<see cref="ILanguageFacts.ConcurrentContract"/>).</summary>
/// <param name="Node">The handler: a <see cref="FunctionDecl"/> or a <see cref="FunctionLiteral"/>.</param>
/// <param name="Contract">What the library runs a contract method for ("every request an HTTP client sends"); null for
/// a web handler.</param>
public sealed record RequestHandler(IrNode Node, string? Contract = null)
{
    /// <summary>What the handler does, many at a time: "serves requests", or "runs for every request an HTTP client sends".</summary>
    public string Runs => Contract is null ? "serves requests" : $"runs for {Contract}";

    /// <summary>The handler function; null for a literal.</summary>
    public FunctionDecl? Function => Node as FunctionDecl;

    /// <summary>Where the handler begins, for a related location: a function's signature, or the whole literal.</summary>
    public SourceSpan Where => Function?.Signature ?? Node.Span;
}
