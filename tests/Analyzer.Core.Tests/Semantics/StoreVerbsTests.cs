using Analyzer.Core.Semantics;

namespace Analyzer.Core.Tests.Semantics;

[TestFixture]
public sealed class StoreVerbsTests
{
    [TestCase("LoadOrStore")]
    [TestCase("GetOrCreate")]
    [TestCase("get_or_create")]
    [TestCase("GetOrAdd")]
    [TestCase("putIfAbsent")]
    [TestCase("setIfNotExists")]
    [TestCase("add_if_missing")]
    [TestCase("setdefault")]
    [TestCase("CompareAndSwap")]
    [TestCase("SetNX")]
    [TestCase("HSetNX")]
    [TestCase("setnx")]
    public void A_name_that_says_it_looks_and_changes_in_one_step_is_atomic(string method) =>
        Assert.That(StoreVerbs.Classify(method), Is.EqualTo(EffectKind.AtomicCheckAndAct));

    [TestCase("putErrorSet", EffectKind.Write)]
    [TestCase("readMirrorStore", EffectKind.Read)]
    [TestCase("Set", EffectKind.Write)]
    [TestCase("setDefaults", EffectKind.Write)]
    [TestCase("Get", EffectKind.Read)]
    [TestCase("getOrder", EffectKind.Read)]
    [TestCase("lookupIfPresent", EffectKind.Read)]
    public void Other_names_go_by_their_first_verb(string method, EffectKind kind) =>
        Assert.That(StoreVerbs.Classify(method), Is.EqualTo(kind));
}
