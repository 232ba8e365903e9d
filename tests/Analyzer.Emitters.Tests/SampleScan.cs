using Analyzer.Core.Engine;
using Analyzer.Core.Findings;
using Analyzer.Core.Rules;
using Analyzer.Core.Text;
using Analyzer.Emitters.Reporting;

namespace Analyzer.Emitters.Tests;

/// <summary>
/// A scan result as the engine would hand it to an emitter: a Go file and a Python file, three findings with related
/// locations of several roles, one parse diagnostic and two rules. Spans and code are cut from the source text below,
/// so they agree with each other as they do in a real scan.
/// </summary>
internal static class SampleScan
{
    /// <summary>A fixed tool identity, so approved reports do not change with the build's version.</summary>
    public static readonly ToolIdentity Tool = new("toctou", "1.2.3-test", "https://example.com/toctou");

    public const string GoPath = "pkg/cache/store.go";
    public const string PythonPath = "accounts/models.py";

    public static readonly RuleDescriptor CheckThenAct = new(
        "TOCTOU001",
        "Check-then-act on shared state without a continuous lock",
        "{0} checks {1} and then changes it, but no lock is held from the check to the act",
        FindingLevel.Warning,
        "Concurrency",
        "https://example.com/toctou/rules/TOCTOU001",
        "A function reads shared state, decides on it, and changes the state later; another thread can change it in between because no single lock is held from the check to the act.");

    public static readonly RuleDescriptor UnlockedTransaction = new(
        "TOCTOU002",
        "Check-then-insert in a transaction that does not lock what it read",
        "{0} checks for a row and then inserts it inside a transaction that does not lock the rows it read",
        FindingLevel.Warning,
        "Concurrency",
        "https://example.com/toctou/rules/TOCTOU002",
        "A transaction at the default isolation level does not lock the rows a SELECT read, so two transactions can both see no row and both insert one.");

    public const string GoSource = """
        package cache

        import (
        	"errors"
        	"sync"
        )

        var ErrExists = errors.New("object exists")

        // Store keeps objects by key.
        type Store struct {
        	mu    sync.RWMutex
        	items map[string]Object
        }

        // Add stores obj under key unless the key is taken.
        func (s *Store) Add(key string, obj Object) error {
        	s.mu.RLock()
        	_, exists := s.items[key]
        	s.mu.RUnlock()
        	if exists {
        		return ErrExists
        	}
        	// FIXME: two callers can both see `exists == false` here.
        	s.mu.Lock()
        	s.items[key] = obj
        	s.mu.Unlock()
        	return nil
        }

        // deleteLocked removes key; the caller holds s.mu.
        func (s *Store) deleteLocked(key string) {
        	if _, ok := s.items[key]; ok {
        		delete(s.items, key)
        	}
        }

        // Delete removes key.
        func (s *Store) Delete(key string) {
        	s.mu.Lock()
        	defer s.mu.Unlock()
        	s.deleteLocked(key)
        }

        // LockedStore does the same check and act under one lock.
        type LockedStore struct{ Store }

        // Add stores obj under key unless the key is taken.
        func (s *LockedStore) Add(key string, obj Object) error {
        	s.mu.Lock()
        	defer s.mu.Unlock()
        	if _, exists := s.items[key]; exists {
        		return ErrExists
        	}
        	s.items[key] = obj
        	return nil
        }

        """;

    public const string PythonSource = """"
        from django.db import DatabaseError, models, transaction


        class Account(models.Model):
            username = models.CharField(max_length=150)


        def reserve_username(name):
            """Reserves name for a new account; False when it is taken."""
            with transaction.atomic():
                if Account.objects.filter(username=name).exists():
                    return False
                try:
                    Account.objects.create(username=name)
                except DatabaseError:
                    return False
            return True


        def legacy_reserve(name):
            print "reserving", name

        """";

    /// <summary>The whole scan result.</summary>
    public static ScanResult Create() => Create([]);

    /// <summary>The scan result with <paramref name="extraDiagnostics"/> after its own diagnostic.</summary>
    public static ScanResult Create(IReadOnlyList<ParseDiagnostic> extraDiagnostics)
    {
        var go = new SourceText(GoPath, GoSource);
        var py = new SourceText(PythonPath, PythonSource);

        var reserve = new Finding(
            UnlockedTransaction.Id,
            FindingLevel.Error,
            "reserve_username checks that no Account has the username and then creates one; transaction.atomic() does not lock the rows the check read, so two requests can both create it (use a unique constraint, or select_for_update on a row that exists)",
            Span(py, "Account.objects.create(username=name)"),
            Code(py, Span(py, "Account.objects.create(username=name)")),
            "reserve_username",
            [
                Related(py, LocationRole.Check, Span(py, "Account.objects.filter(username=name).exists()"), "a SELECT that takes no lock"),
                Related(py, LocationRole.Transaction, Span(py, "with transaction.atomic():"), "the default isolation level does not lock the rows a SELECT read"),
                Related(py, LocationRole.SwallowedException, Between(py, "except DatabaseError:", "return False"), "a duplicate insert fails here and is reported as \"taken\" without a trace"),
            ],
            """
            Let the database decide: declare username unique, then insert and catch the conflict:
                try:
                    Account.objects.create(username=name)
                except IntegrityError:
                    return False
            """);

        var add = new Finding(
            CheckThenAct.Id,
            FindingLevel.Error,
            "Store.Add checks s.items[key] under s.mu.RLock() and writes s.items[key] after re-locking; another Add can insert the key in between",
            Span(go, "s.items[key] = obj"),
            Code(go, Span(go, "s.items[key] = obj")),
            "Store.Add",
            [
                Related(go, LocationRole.Check, Span(go, "_, exists := s.items[key]"), "the check reads s.items[key]"),
                Related(go, LocationRole.Lock, Span(go, "s.mu.RUnlock()"), "s.mu released after the check"),
                Related(go, LocationRole.Lock, Span(go, "s.mu.Lock()"), "s.mu acquired again before the act"),
                Related(go, LocationRole.Evidence, Span(go, "// FIXME: two callers can both see `exists == false` here."), "a comment says the race is known"),
                Related(go, LocationRole.Contrast, Between(go, "func (s *LockedStore) Add", "return nil\n}"), "LockedStore.Add holds s.mu from the check to the act"),
            ],
            "Hold s.mu.Lock() from the check through the act (and drop the RLock), as LockedStore.Add does.");

        var delete = new Finding(
            CheckThenAct.Id,
            FindingLevel.Note,
            "deleteLocked checks and deletes s.items[key] without a lock of its own; it is safe only because every caller holds s.mu (the *Locked naming convention)",
            Span(go, "delete(s.items, key)"),
            Code(go, Span(go, "delete(s.items, key)")),
            "Store.deleteLocked",
            [
                Related(go, LocationRole.Check, Span(go, "_, ok := s.items[key]"), "the check reads s.items[key]"),
                Related(go, LocationRole.Caller, Span(go, "s.deleteLocked(key)"), "Store.Delete calls it holding s.mu"),
                Related(go, LocationRole.Lock, Span(go, "s.mu.Lock()", occurrence: 2), "s.mu acquired by the caller"),
            ],
            "None while every caller holds s.mu; keep the Locked suffix so new callers know to take it.");

        var legacy = Span(py, "\"reserving\"");
        return new ScanResult(
            [
                new ScannedFile(PythonPath, "python", py.LineCount, HasErrors: true),
                new ScannedFile(GoPath, "go", go.LineCount, HasErrors: false),
            ],
            [
                new ParseDiagnostic(legacy, DiagnosticSeverity.Error,
                    "mismatched input '\"reserving\"' expecting NEWLINE; the rest of this statement was skipped (is this Python 2 code? the analyzer reads Python 3)"),
                .. extraDiagnostics,
            ],
            [reserve, add, delete],
            [CheckThenAct, UnlockedTransaction],
            TimeSpan.FromSeconds(1.5));
    }

    /// <summary>The span of the <paramref name="occurrence"/>-th occurrence of <paramref name="snippet"/>.</summary>
    private static SourceSpan Span(SourceText text, string snippet, int occurrence = 1)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++)
        {
            at = text.Text.IndexOf(snippet, at + 1, StringComparison.Ordinal);
            if (at < 0) throw new ArgumentException($"'{snippet}' occurs fewer than {occurrence} times in {text.Path}", nameof(snippet));
        }
        return text.Span(at, at + snippet.Length);
    }

    /// <summary>The span from the start of <paramref name="first"/> to the end of the next <paramref name="last"/>.</summary>
    private static SourceSpan Between(SourceText text, string first, string last)
    {
        var start = Span(text, first);
        var end = text.Text.IndexOf(last, start.EndOffset, StringComparison.Ordinal);
        if (end < 0) throw new ArgumentException($"'{last}' does not follow '{first}' in {text.Path}", nameof(last));
        return text.Span(start.StartOffset, end + last.Length);
    }

    /// <summary>The whole lines <paramref name="span"/> covers, as findings carry them.</summary>
    private static string Code(SourceText text, SourceSpan span) =>
        string.Join('\n', Enumerable.Range(span.StartLine, span.EndLine - span.StartLine + 1).Select(text.Line));

    private static RelatedLocation Related(SourceText text, LocationRole role, SourceSpan span, string message) =>
        new(role, span, message, Code(text, span));
}
