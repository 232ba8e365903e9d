using Analyzer.Frontends.Go.Facts;

namespace Analyzer.Frontends.Go.Tests;

/// <summary>What the Go facts read off type texts and signatures: a collection's items, a function's first result.</summary>
[TestFixture]
public sealed class TypeNameTests
{
    [TestCase("[]*msgBlock", "*msgBlock")]
    [TestCase("[8]entry", "entry")]
    [TestCase("map[string]*Account", "*Account")]
    [TestCase("map[key[int]]value", "value")]
    [TestCase("*msgBlock", null)]
    [TestCase("chan struct{}", null)]
    public void A_collection_type_names_its_items(string typeText, string? item) =>
        Assert.That(GoTypeNames.Element(typeText), Is.EqualTo(item));

    [TestCase("func (fs *fileStore) selectMsgBlock(seq uint64) *msgBlock {", "*msgBlock")]
    [TestCase("func (fs *fileStore) pick(seq uint64) (*msgBlock, error) {", "*msgBlock")]
    [TestCase("func (fs *fileStore) pick(seq uint64) (mb *msgBlock, err error) {", "*msgBlock")]
    [TestCase("func newBlock(f func(int) bool) *msgBlock {", "*msgBlock")]
    [TestCase("func first[T any](items []T) T {", "T")]
    [TestCase("func (fs *fileStore) close() {", null)]
    [TestCase("func run(ctx context.Context) {", null)]
    public void A_signature_names_its_first_result(string signature, string? result) =>
        Assert.That(GoTypeNames.FirstResult(signature), Is.EqualTo(result));
}
