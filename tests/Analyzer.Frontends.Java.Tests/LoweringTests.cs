using Analyzer.Core.Frontends;
using Analyzer.Core.Ir;
using Analyzer.Core.Text;
using Analyzer.Frontends.Java.Lowering;
using Analyzer.Frontends.Java.Parsing;

namespace Analyzer.Frontends.Java.Tests;

/// <summary>The Java lowering: the IR of each construct the rules read, with Java's implicit <c>this</c> made
/// explicit and <c>synchronized</c> made a held scope.</summary>
[TestFixture]
public sealed class LoweringTests
{
    internal static Module Lower(string source)
    {
        var text = new SourceText("T.java", source);
        var parse = JavaParsing.Parse(text, ParseLimits.Default);
        Assert.That(parse.Diagnostics, Is.Empty, "the snippet is Java");
        return new JavaLowering(text, parse.Tokens).LowerFile(parse.Tree!).Link();
    }

    private static FunctionDecl Method(Module module, string name) =>
        module.DescendantsAndSelf().OfType<FunctionDecl>().Single(f => f.Name == name);

    private static string Text(Module module, IrNode node) =>
        module.Text.Text.Substring(node.Span.StartOffset, node.Span.EndOffset - node.Span.StartOffset);

    [Test]
    public void A_bare_field_or_method_name_is_a_member_of_the_receiver_unless_a_local_hides_it()
    {
        var module = Lower("""
            class Counter {
                int n;
                void inc(int limit) { if (n < limit) n = n + 1; bump(); }
                void local() { int n = 0; n++; }
                void bump() {}
            }
            """);

        var inc = Method(module, "inc");
        Assert.That(inc.OwnerType, Is.EqualTo("Counter"));
        Assert.That(inc.ReceiverName, Is.EqualTo(JavaLowering.Receiver));
        var condition = (BinaryExpression)inc.Body!.DescendantsAndSelf().OfType<IfStatement>().Single().Condition;
        Assert.That(condition.Left, Is.InstanceOf<MemberAccess>().With.Property(nameof(MemberAccess.Member)).EqualTo("n"));
        Assert.That(((MemberAccess)condition.Left).Target, Is.InstanceOf<NameExpression>().With.Property(nameof(NameExpression.Name)).EqualTo("this"));
        Assert.That(condition.Right, Is.InstanceOf<NameExpression>(), "a parameter stays a name");
        var call = inc.Body.DescendantsAndSelf().OfType<CallExpression>().Single();
        Assert.That(call.Callee, Is.InstanceOf<MemberAccess>().With.Property(nameof(MemberAccess.Member)).EqualTo("bump"));

        var increment = Method(module, "local").Body!.DescendantsAndSelf().OfType<Assignment>().Single(a => a.Operator == "+=");
        Assert.That(increment.Targets.Single(), Is.InstanceOf<NameExpression>(), "the local n hides the field");
    }

    [Test]
    public void A_synchronized_method_or_block_holds_its_monitor_for_the_body()
    {
        var module = Lower("""
            class Registry {
                private final Object lock = new Object();
                synchronized void add() {}
                static synchronized void reset() {}
                void put() { synchronized (lock) { } }
            }
            """);

        Assert.Multiple(() =>
        {
            Assert.That(Monitor(Method(module, "add")), Is.EqualTo("this"));
            Assert.That(Monitor(Method(module, "reset")), Is.EqualTo("Registry.class"));
            Assert.That(Monitor(Method(module, "put")), Is.EqualTo("this.lock"));
        });

        static string Monitor(FunctionDecl function) => function.Body!.DescendantsAndSelf().OfType<WithStatement>().Single().Items.Single().Context switch
        {
            NameExpression name => name.Name,
            MemberAccess { Target: NameExpression target, Member: var member } => $"{target.Name}.{member}",
            var other => other.Kind.ToString(),
        };
    }

    [Test]
    public void Statements_lower_to_their_IR_forms()
    {
        var module = Lower("""
            import java.io.*;
            class Files {
                java.util.Map<String, Integer> sizes;
                int read(String path, java.util.List<String> names) throws IOException {
                    for (String name : names) { sizes.put(name, 0); }
                    for (int i = 0; i < 3; i++) { }
                    try (var in = new FileInputStream(path)) { return in.read(); }
                    catch (IOException | RuntimeException e) { throw e; }
                    finally { sizes.clear(); }
                }
                int pick(int day) {
                    switch (day) { case 1, 2: return 1; default: return 0; }
                }
            }
            """);

        var read = Method(module, "read");
        var loops = read.Body!.DescendantsAndSelf().OfType<LoopStatement>().ToList();
        Assert.That(loops.Select(l => l.LoopKind), Is.EqualTo(new[] { LoopKind.Range, LoopKind.For }));
        Assert.That(loops[0].Targets.Single(), Is.InstanceOf<NameExpression>().With.Property(nameof(NameExpression.Name)).EqualTo("name"));
        var @try = read.Body.DescendantsAndSelf().OfType<TryStatement>().Single();
        var scope = (WithStatement)@try.Parent!.Parent!;
        Assert.That(((Block)scope.Parent!).Statements[0], Is.InstanceOf<Assignment>().With.Property(nameof(Assignment.IsDeclaration)).True, "the resource is declared before the try");
        Assert.That(scope.Items.Single().Target, Is.InstanceOf<NameExpression>().With.Property(nameof(NameExpression.Name)).EqualTo("in"), "the try is scoped by its resource");
        Assert.That(@try.Handlers.Single().TypeNames, Is.EqualTo(new[] { "IOException", "RuntimeException" }));
        Assert.That(@try.Finally, Is.Not.Null);
        var @switch = Method(module, "pick").Body!.DescendantsAndSelf().OfType<SwitchStatement>().Single();
        Assert.That(@switch.Cases.Select(c => (c.Labels.Count, c.IsDefault)), Is.EqualTo(new[] { (2, false), (0, true) }));
    }

    [Test]
    public void Lambdas_and_anonymous_classes_keep_their_code()
    {
        var module = Lower("""
            class Pool {
                java.util.Map<String, Object> byKey;
                Object get(String key) { return byKey.computeIfAbsent(key, k -> make(k)); }
                Runnable task() { return new Runnable() { public void run() { byKey.clear(); } }; }
                Object make(String k) { return k; }
            }
            """);

        var lambda = Method(module, "get").Body!.DescendantsAndSelf().OfType<FunctionLiteral>().Single();
        Assert.That(lambda.Parameters.Single().Name, Is.EqualTo("k"));
        Assert.That(lambda.Body.Statements.Single(), Is.InstanceOf<ReturnStatement>());
        var run = Method(module, "run");
        Assert.That(run.OwnerType, Does.StartWith("Runnable$"));
        Assert.That(run.Body!.DescendantsAndSelf().OfType<MemberAccess>().Any(m => m is { Member: "byKey", Target: NameExpression { Name: "this" } }),
            "the outer class's field is reached through the receiver");
    }

    [Test]
    public void Spans_point_into_the_file_as_written_past_unicode_escapes()
    {
        var module = Lower("class C { String s = \"\\u0041\\u0042\"; int \\u0078; void f() { \\u0078 = 1; } }");

        var field = module.DescendantsAndSelf().OfType<TypeDecl>().Single().Fields.Single(f => f.Name == "x");
        Assert.That(Text(module, field), Is.EqualTo("int \\u0078;"));
        var assignment = Method(module, "f").Body!.Statements.Single();
        Assert.That(Text(module, assignment), Is.EqualTo("\\u0078 = 1;"));
    }

    [Test]
    public void String_literals_and_text_blocks_hold_their_values()
    {
        var module = Lower("class Q {\n  String a = \"SELECT \\\"id\\\"\\tFROM t\";\n  String b = \"\"\"\n      SELECT id\n        FROM t\n      \"\"\";\n}");

        var values = module.DescendantsAndSelf().OfType<TypeDecl>().Single().Fields.Select(f => ((LiteralExpression)f.Initializer!).Value).ToList();
        Assert.That(values, Is.EqualTo(new[] { "SELECT \"id\"\tFROM t", "SELECT id\n  FROM t\n" }));
    }
}
