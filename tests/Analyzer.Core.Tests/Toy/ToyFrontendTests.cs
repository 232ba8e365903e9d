using Analyzer.Core.Frontends;
using Analyzer.Core.Ir;
using Analyzer.Core.Text;
using Analyzer.Testing.Toy;

namespace Analyzer.Core.Tests.Toy;

[TestFixture]
public sealed class ToyFrontendTests
{
    private static ParsedFile Parse(string source) => new ToyFrontend().Parse(new SourceText("t.toy", source));

    [Test]
    public void Lowers_a_method_with_exact_spans_and_linked_parents()
    {
        // Offsets: "func S.m {" is 0-9, line 2 starts at 11, line 3 at 21, "}" is 29, the text ends at 31.
        var parsed = Parse("func S.m {\n  check x\n  act x\n}\n");

        var module = parsed.Module!;
        var function = (FunctionDecl)module.Body.Single();
        var act = (CallExpression)((ExpressionStatement)function.Body!.Statements[1]).Expression;
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Diagnostics, Is.Empty);
            Assert.That(module.Language, Is.EqualTo("toy"));
            Assert.That(module.Span, Is.EqualTo(new SourceSpan("t.toy", 1, 1, 4, 3, 0, 31)));
            Assert.That((function.Name, function.OwnerType), Is.EqualTo(("m", "S")));
            Assert.That(function.Span, Is.EqualTo(new SourceSpan("t.toy", 1, 1, 4, 2, 0, 30)));
            Assert.That(function.Body.Span, Is.EqualTo(new SourceSpan("t.toy", 1, 10, 4, 2, 9, 30)));
            Assert.That(act.Span, Is.EqualTo(new SourceSpan("t.toy", 3, 3, 3, 8, 23, 28)));
            Assert.That(act.SourceCode, Is.EqualTo("act x"));
            Assert.That(((NameExpression)act.Callee).Name, Is.EqualTo("act"));
            Assert.That(act.Arguments.Single().Value.SourceCode, Is.EqualTo("x"));
            Assert.That(act.Arguments.Single().Value.Span.StartColumn, Is.EqualTo(7));
            Assert.That(act.Parent, Is.InstanceOf<ExpressionStatement>());
            Assert.That(act.Module, Is.SameAs(module));
            Assert.That(function.Parent, Is.SameAs(module));
        });
    }

    [Test]
    public void Lowers_if_to_an_if_statement_with_its_block()
    {
        var parsed = Parse("func f {\n  if ok {\n    act ok\n  }\n}");

        var ifStatement = (IfStatement)((FunctionDecl)parsed.Module!.Body.Single()).Body!.Statements.Single();
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Diagnostics, Is.Empty);
            Assert.That(((NameExpression)ifStatement.Condition).Name, Is.EqualTo("ok"));
            Assert.That(ifStatement.SourceCode, Is.EqualTo("if ok {\n    act ok\n  }"));
            Assert.That(ifStatement.Then.Statements.Single().SourceCode, Is.EqualTo("act ok"));
            Assert.That(ifStatement.Else, Is.Null);
        });
    }

    [Test]
    public void Reads_several_statements_on_a_line_and_comments_as_trivia()
    {
        var parsed = Parse("func f { // opens\n  check a; act a ;act b\n}\r\n// end\r\n");

        var module = parsed.Module!;
        Assert.Multiple(() =>
        {
            Assert.That(parsed.Diagnostics, Is.Empty);
            Assert.That(((FunctionDecl)module.Body.Single()).Body!.Statements.Select(s => s.SourceCode), Is.EqualTo(new[] { "check a", "act a", "act b" }));
            Assert.That(module.Comments.Select(c => c.Content), Is.EqualTo(new[] { " opens", " end" }));
            Assert.That(module.Comments[1].Span, Is.EqualTo(new SourceSpan("t.toy", 4, 1, 4, 7, 45, 51)));
        });
    }

    [Test]
    public void A_malformed_line_gets_a_located_diagnostic_and_the_rest_is_read()
    {
        var parsed = Parse("func f {\n  act x\n  jump around\n  act y\n}\nfunc g {\n  act z\n}\n");

        var diagnostic = parsed.Diagnostics.Single();
        Assert.Multiple(() =>
        {
            Assert.That(diagnostic.Severity, Is.EqualTo(DiagnosticSeverity.Error));
            Assert.That(diagnostic.Span, Is.EqualTo(new SourceSpan("t.toy", 3, 3, 3, 14, 19, 30)));
            Assert.That(diagnostic.Message, Is.EqualTo("cannot read 'jump around': a toy statement is 'func NAME {', 'if NAME {', 'check NAME', 'act NAME' or '}'"));
            Assert.That(parsed.HasErrors, Is.True);
            Assert.That(parsed.Module!.Body.Cast<FunctionDecl>().Select(f => f.Body!.Statements.Count), Is.EqualTo(new[] { 2, 1 }));
        });
    }

    [TestCase("func f {\n  act x\n", 1, 8, "'{' of 'f' is not closed: add '}'")]
    [TestCase("}\n", 1, 1, "'}' closes nothing: remove it")]
    [TestCase("act x\n", 1, 1, "'act x' is outside a function: put it inside 'func NAME { ... }'")]
    [TestCase("func f {\n  func g {\n  }\n}\n", 2, 3, "a func cannot be inside another block: close the block with '}' first")]
    [TestCase("func a.b.c {\n}\n", 1, 1, "cannot read 'func a.b.c {'")]
    [TestCase("func f {\n  act 1x\n}\n", 2, 3, "cannot read 'act 1x'")]
    public void Structural_errors_are_diagnosed_where_they_are(string source, int line, int column, string message)
    {
        var parsed = Parse(source);

        var diagnostic = parsed.Diagnostics.First();
        Assert.Multiple(() =>
        {
            Assert.That((diagnostic.Span.StartLine, diagnostic.Span.StartColumn), Is.EqualTo((line, column)));
            Assert.That(diagnostic.Message, Does.StartWith(message));
            Assert.That(parsed.Module, Is.Not.Null);
        });
    }

    [Test]
    public void An_unclosed_function_is_still_lowered_up_to_the_end_of_the_file()
    {
        var parsed = Parse("func f {\n  act x\n");

        var function = (FunctionDecl)parsed.Module!.Body.Single();
        Assert.Multiple(() =>
        {
            Assert.That(function.Body!.Statements.Single().SourceCode, Is.EqualTo("act x"));
            Assert.That(function.Span.EndOffset, Is.EqualTo(17));
        });
    }

    [Test]
    public void Describes_itself_to_the_engine()
    {
        var frontend = new ToyFrontend();

        Assert.Multiple(() =>
        {
            Assert.That(frontend.LanguageId, Is.EqualTo("toy"));
            Assert.That(frontend.FileExtensions, Is.EqualTo(new[] { ".toy" }));
            Assert.That(frontend.CommentSyntax.LinePrefix, Is.EqualTo("//"));
            Assert.That(frontend.Facts.NameImpliesCallerHoldsLock("putLocked"), Is.False);
        });
    }
}
