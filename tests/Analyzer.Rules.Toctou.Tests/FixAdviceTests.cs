namespace Analyzer.Rules.Toctou.Tests;

/// <summary>The rule pack words its fix advice for the file's language, and in general terms for a language it has no
/// idiom for yet.</summary>
[TestFixture]
public sealed class FixAdviceTests
{
    [Test]
    public void Every_kind_has_advice_in_every_language_and_in_general()
    {
        foreach (var kind in Enum.GetValues<FixKind>())
            foreach (var language in new[] { "go", "python", "java" })
                Assert.That(FixAdvice.For(kind, language), Is.Not.Empty.And.Not.EqualTo("Make the check and the act one atomic step."), $"{kind} in {language}");
    }

    [Test]
    public void The_advice_speaks_the_file_s_language()
    {
        Assert.Multiple(() =>
        {
            Assert.That(FixAdvice.For(FixKind.ExclusiveFileCreate, "go"), Does.Contain("os.O_EXCL"));
            Assert.That(FixAdvice.For(FixKind.ExclusiveFileCreate, "python"), Does.Contain("open(path, 'x')"));
            Assert.That(FixAdvice.For(FixKind.ExclusiveFileCreate, "java"), Does.Not.Contain("os.").And.Contain("exclusive create"));
            Assert.That(FixAdvice.For(FixKind.HoldTaskLockAcrossYield, "python"), Does.Contain("asyncio.Lock"));
        });
    }
}
