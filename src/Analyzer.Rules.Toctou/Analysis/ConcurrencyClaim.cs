using System.Text.RegularExpressions;
using Analyzer.Core.Semantics;

namespace Analyzer.Rules.Toctou.Analysis;

/// <summary>The documentation of a function or of its type promises that it may be used concurrently ("Client is safe
/// for concurrent use by multiple goroutines", "This class is thread-safe"): its users will call it from several threads
/// at once, so state of the object it checks and then changes is shared, lock or no lock.</summary>
/// <param name="Documentation">Where the promise is written.</param>
/// <param name="Sentence">The sentence that makes it.</param>
/// <param name="Subject">The function or type it is written for.</param>
internal sealed partial record ConcurrencyClaim(Documentation Documentation, string Sentence, string Subject)
{
    [GeneratedRegex(@"\b(thread|goroutine|concurrency)[- ]?safe\b|\bsafe\b[\w\s,-]{0,40}?\b(concurrent|concurrently|in parallel|(multiple|several|many) (goroutines|threads|callers))\b|\b(can|may) be (used|called|shared|accessed) (concurrently|in parallel|from (multiple|several|many) (goroutines|threads))\b", RegexOptions.IgnoreCase)]
    private static partial Regex Promise();

    // A sentence that hedges or denies is no promise: "not thread-safe", "must be safe for concurrent use" (asked of
    // an implementation or a callback), "safe to call concurrently, but only with …".
    [GeneratedRegex(@"\b(not|never|no|must|should|need|needs|unless|except|only|but|if|when|require|requires|required|cannot)\b|n't\b", RegexOptions.IgnoreCase)]
    private static partial Regex Hedge();

    /// <summary>The promise made for the function, or else for its type (when the type is declared in the package); null
    /// when neither documentation makes one.</summary>
    public static ConcurrencyClaim? Of(FunctionModel model)
    {
        var facts = model.Package.Facts;
        if (Made(facts.DocumentationOf(model.Function), model.Function.Name) is { } own) return own;
        return model.Function.OwnerType is { } owner && model.Package.TypeNamed(owner) is { } type ? Made(facts.DocumentationOf(type), owner) : null;
    }

    // What the sentence says its subject is or may be: "is thread safe", "are safe for concurrent use", "may be called
    // concurrently"; not a purpose ("To be threadsafe, updates are allowed to fail silently").
    [GeneratedRegex(@"\b(is|are)\s+(\w+\s+){0,2}?((thread|goroutine|concurrency)[- ]?safe|safe)\b|\b(can|may) be (used|called|shared|accessed)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Stated();

    /// <summary>True for a sentence that promises concurrent use without hedging it.</summary>
    public static bool IsPromise(string sentence) => Promise().IsMatch(sentence) && !Hedge().IsMatch(sentence);

    /// <summary>True for a promise (<see cref="IsPromise"/>) that says what its subject is or may be ("This method is
    /// thread safe."), not one that names safety as a purpose.</summary>
    public static bool IsStatedPromise(string sentence) => IsPromise(sentence) && Stated().IsMatch(sentence);

    private static ConcurrencyClaim? Made(Documentation? documentation, string subject) =>
        documentation?.Sentences().FirstOrDefault(IsPromise) is { } sentence
            ? new ConcurrencyClaim(documentation, sentence, subject)
            : null;
}
