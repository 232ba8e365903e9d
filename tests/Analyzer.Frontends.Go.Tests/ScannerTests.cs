using Analyzer.Frontends.Antlr;
using Analyzer.Frontends.Go.Generated;
using Analyzer.Frontends.Go.Parsing;
using Antlr4.Runtime;

namespace Analyzer.Frontends.Go.Tests;

/// <summary>
/// The hand-written scanner must give exactly the tokens of the grammar's automaton (types, channels, offsets, lines,
/// columns, text, inserted semicolons) wherever it takes a file, and take real code. Compared on every Go file of the
/// repository's tests, on random text and, in <see cref="CorpusTests"/>, on Kubernetes.
/// </summary>
[TestFixture]
public sealed class ScannerTests
{
    [Test]
    public void Every_Go_file_of_the_tests_reads_the_same_through_both()
    {
        var root = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Analyzer.sln"))) root = root.Parent;
        Assert.That(root, Is.Not.Null, "the repository root (Analyzer.sln) above the test's folder");
        var files = Directory.EnumerateFiles(Path.Combine(root!.FullName, "tests"), "*.go", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.That(files, Has.Count.GreaterThan(150));

        var refused = files.Where(file => !ScannerComparison.Compare(File.ReadAllText(file), file)).Select(Path.GetFileName);
        // Two fuzz regressions hold an unterminated raw string and stray bytes, which only the automaton reads.
        Assert.That(refused, Is.EquivalentTo(new[] { "invalid-utf8-bom-nul-and-bare-cr.go", "unterminated-raw-string-and-rune.go" }));
    }

    [TestCase("x := 0644 + 0o17 + 0b1_0 + 0x_FF + 1_000 + 08.5 + 0x1p-2 + 0X.8P+0 + 1e+5 + .5e-1 + 2. + 3i + 0x1Fi + 012i\n")]
    [TestCase("s := \"a\\\"b\\x41\\101\\u00e9\\U0001F600\\n\" + `raw\r\nline` + '\\'' + 'é' + '😀'\n")]
    [TestCase("a &^= b; c <<= 2; d >>= e; f <- g; h := [...]int{1}; i++\nj--\n/* one */ k /* two\n */ l // three\n")]
    [TestCase("return\n\n\t// after\nbreak /* inline */\n}")]
    [TestCase("package p\n\nfunc f() { if x { return } }")]
    public void Tricky_text_reads_the_same_through_both(string source) =>
        Assert.That(ScannerComparison.Compare(source, "case"), Is.True, "the scanner did not take it");

    [TestCase("x := 09\n")]
    [TestCase("s := \"open\n")]
    [TestCase("s := \"\\q\"\n")]
    [TestCase("r := 'ab'\n")]
    [TestCase("x := a # b\n")]
    [TestCase("/* open")]
    [TestCase("naïve := 1\n")]
    [TestCase("x := 1__0\n")]
    public void Text_the_automaton_must_read_is_refused(string source) =>
        Assert.That(ScannerComparison.Compare(source, "case"), Is.False, "the scanner took text it cannot vouch for");

    [Test]
    public void Random_characters_the_scanner_takes_read_the_same_through_both()
    {
        // Characters that start or continue Go's tokens, with a few that are errors.
        const string alphabet = "0123456789abefipxXoO_.+-*/%&|^<>=!:;,()[]{}~\"'`\\\n\t #é";
        var taken = RandomTexts(16, () => alphabet[_random.Next(alphabet.Length)].ToString());
        // Most random texts hold an error somewhere; enough are taken for the comparison to mean something.
        Assert.That(taken, Is.GreaterThan(2_000));
    }

    [Test]
    public void Random_token_sequences_the_scanner_takes_read_the_same_through_both()
    {
        string[] pieces =
        [
            "x", "return", "break", "go", "_", "0", "07", "08", "0x1F", "0x1p4", "1e3", "1.", ".5", "1_0", "2i", "0b1",
            "\"s\"", "\"\\n\"", "'c'", "'\\''", "`r\n`", "/* c */", "/* c\n */", "// c", ".", "...", "..", "&^", "&^=",
            "<-", "<<=", "++", "--", ")", "]", "}", "{", "(", ":=", "=", "+", "-", " ", "\n", "\n\n", "\t", "\r\n", "é",
        ];
        var taken = RandomTexts(12, () => pieces[_random.Next(pieces.Length)]);
        Assert.That(taken, Is.GreaterThan(10_000));
    }

    private readonly Random _random = new(20261206);

    // Compares 20,000 texts of up to maxPieces pieces each and returns how many the scanner took.
    private int RandomTexts(int maxPieces, Func<string> piece)
    {
        var taken = 0;
        for (var i = 0; i < 20_000; i++)
        {
            var text = string.Concat(Enumerable.Range(0, _random.Next(1, maxPieces)).Select(_ => piece()));
            taken += ScannerComparison.Compare(text, $"random text {i}: {text}") ? 1 : 0;
        }
        TestContext.Out.WriteLine($"taken: {taken} of 20,000");
        return taken;
    }
}

/// <summary>Reads a text through the scanner and through the grammar's automaton and compares the tokens.</summary>
internal static class ScannerComparison
{
    /// <summary>Whether the scanner took <paramref name="text"/>; fails the test if it took text the automaton reports an
    /// error in, or if the two disagree on text it took.</summary>
    public static bool Compare(string text, string name)
    {
        var errors = new ErrorCount();
        var lexer = new GoLexer(new SurrogateSafeInputStream(text), TextWriter.Null, TextWriter.Null);
        lexer.RemoveErrorListeners();
        lexer.AddErrorListener(errors);
        var expected = lexer.ReadWithAutomaton(int.MaxValue);
        var scanned = GoScanner.Scan(text, lexer.Source, int.MaxValue);
        if (scanned is null) return false;
        Assert.That(errors.Count, Is.Zero, $"{name}: the scanner took text the automaton reports an error in");
        Assert.That(scanned.Select(Describe), Is.EqualTo(expected.Select(Describe)), name);
        return true;
    }

    private static string Describe(IToken t) =>
        $"{t.Type}/{t.Channel} {t.StartIndex}..{t.StopIndex} {t.Line}:{t.Column} [{t.Text}]";

    private sealed class ErrorCount : IAntlrErrorListener<int>
    {
        public int Count { get; private set; }

        public void SyntaxError(TextWriter output, IRecognizer recognizer, int offendingSymbol, int line, int charPositionInLine,
            string msg, RecognitionException e) => Count++;
    }
}
