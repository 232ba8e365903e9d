using Analyzer.Core.Frontends;
using Analyzer.Core.Text;
using Analyzer.Frontends.Java.Parsing;

namespace Analyzer.Frontends.Java.Tests;

/// <summary>The Java parser against the JLS 21 syntax (chapter 19): each snippet is a compilation unit javac accepts,
/// and parses with no syntax error; a broken one gets a located diagnostic.</summary>
[TestFixture]
public sealed class ParserTests
{
    private static IReadOnlyList<ParseDiagnostic> Errors(string source)
    {
        var result = JavaParsing.Parse(new SourceText("T.java", source), ParseLimits.Default);
        Assert.That(result.Tree, Is.Not.Null);
        return result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
    }

    [TestCase("""
        package p;
        import java.util.*;
        import static java.lang.Math.max;
        public final class Cache<K extends Comparable<K>, V> extends Base implements Map<K, List<V>>, java.io.Serializable {
            private final Map<K, List<Map<String, V>>> items = new HashMap<>();
            private volatile int size, hits = 0;
            static { INIT.set(true); }
            Cache() { this(16); }
            Cache(int capacity) { super(capacity); }
            public synchronized <T extends V> T get(K key, Class<T> type) throws IOException, InterruptedException {
                if (!(items.get(key) instanceof List<?> list) || list.isEmpty()) return null;
                return type.cast(list.get(0));
            }
            int shift(int x) { return (x << 2) >>> 1 | x >> 3 & ~x; }
            Object[][] grid() { return new Object[3][]; }
            int[] primes() { return new int[] {2, 3, 5,}; }
        }
        """, TestName = "Classes, generics, fields, constructors and shifts")]
    [TestCase("""
        sealed interface Shape permits Circle, Square {}
        record Circle(double radius) implements Shape {
            Circle { if (radius < 0) throw new IllegalArgumentException(); }
            static Circle unit() { return new Circle(1); }
        }
        non-sealed class Square implements Shape {}
        enum Color { RED, GREEN { @Override public String toString() { return "g"; } }, BLUE; int code() { return ordinal(); } }
        @interface Tag { String value() default ""; int[] ids() default {}; }
        """, TestName = "Records, sealed types, enums and annotation interfaces")]
    [TestCase(""""
        class Patterns {
            static String describe(Object o) {
                return switch (o) {
                    case null -> "null";
                    case Circle(double r) when r > 10 -> "big circle";
                    case Circle c -> "circle " + c.radius();
                    case Integer i when i > 0 -> "positive";
                    default -> { yield "other"; }
                };
            }
            void old(int day) {
                switch (day) {
                    case 1: case 2: System.out.println("early"); break;
                    default:
                }
                var text = """
                    Hello, "world" \
                    """;
            }
        }
        """", TestName = "Switch expressions, patterns, yield and text blocks")]
    [TestCase("""
        class Lambdas {
            void run(List<String> names) throws Exception {
                names.stream().map(String::toUpperCase).filter(n -> !n.isEmpty()).forEach(System.out::println);
                Runnable r = () -> {};
                java.util.function.BiFunction<Integer, Integer, Integer> add = (a, b) -> a + b;
                Comparator<String> c = (String x, String y) -> x.compareTo(y);
                Supplier<int[]> arrays = int[]::new;
                Object o = (Runnable & java.io.Serializable) () -> {};
                List<String> empty = Collections.<String>emptyList();
                synchronized (this) { count++; }
                try (var in = open(); OutputStream out = create()) { in.transferTo(out); }
                catch (IOException | RuntimeException e) { throw e; }
                finally { done = true; }
                outer:
                for (int i = 0, j = 10; i < j; i++, j--) { for (String n : names) { if (n == null) continue outer; } }
                assert count >= 0 : "negative";
                Outer.this.field = new Outer().new Inner();
                int x = cond ? 1 : flag ? 2 : 3;
                new Thread(() -> {}).start();
            }
        }
        """, TestName = "Lambdas, method references, statements and inner creation")]
    [TestCase("""
        @Deprecated(since = "9")
        module com.example.app {
            requires transitive java.sql;
            requires static lombok;
            exports com.example.api to com.example.impl, com.example.test;
            opens com.example.model;
            uses com.example.spi.Plugin;
            provides com.example.spi.Plugin with com.example.impl.DefaultPlugin;
        }
        """, TestName = "A module declaration")]
    public void A_compilation_unit_javac_accepts_parses_without_error(string source)
    {
        Assert.That(Errors(source), Is.Empty);
    }

    [Test]
    public void A_broken_declaration_is_a_located_syntax_error()
    {
        var errors = Errors("class A {\n    void m( { }\n}\n");

        Assert.That(errors, Is.Not.Empty);
        Assert.That(errors[0].Span.StartLine, Is.EqualTo(2));
    }
}
