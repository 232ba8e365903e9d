using Analyzer.Core.Tests.Support;
using Analyzer.Core.Text;

namespace Analyzer.Core.Tests.Text;

[TestFixture]
public sealed class RegularFileTests
{
    [Test]
    public void A_file_is_read_whole_at_the_size_it_states()
    {
        using var tree = new TempTree();
        tree.Write("a.toy", "func a {\n}\n");

        Assert.That(RegularFile.ReadAll(tree.PathOf("a.toy"), 100), Is.EqualTo("func a {\n}\n"u8.ToArray()));
    }

    // A file under /proc states a size of 0 and holds more: what lies beyond the stated size is read on, up to the limit.
    [Test]
    [Platform("Linux")]
    public void What_a_file_holds_beyond_its_stated_size_is_read_up_to_the_limit()
    {
        const string path = "/proc/self/status";
        Assume.That(new FileInfo(path).Length, Is.Zero, "this kernel states the size of /proc files");

        var bytes = RegularFile.ReadAll(path, 1 << 20);

        Assert.Multiple(() =>
        {
            Assert.That(System.Text.Encoding.UTF8.GetString(bytes), Does.StartWith("Name:"));
            Assert.That(() => RegularFile.ReadAll(path, 10), Throws.TypeOf<UnreadableSourceException>());
            Assert.That(() => RegularFile.ReadAll(path, 0), Throws.TypeOf<UnreadableSourceException>());
        });
    }
}
