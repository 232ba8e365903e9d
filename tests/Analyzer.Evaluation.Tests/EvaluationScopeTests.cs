namespace Analyzer.Evaluation.Tests;

[TestFixture]
public sealed class EvaluationScopeTests
{
    [TestCase("vendor/github.com/x/y/cache.go")]
    [TestCase("staging/src/k8s.io/client-go/testing/fixture.go")]
    [TestCase("pkg/kubelet/kubelet_test.go")]
    [TestCase("test/e2e/framework/util.go")]
    [TestCase("tests/cache/tests.py")]
    [TestCase("django/test/testcases.py")]
    [TestCase("lib/model/test_model.py")]
    [TestCase("lib/model/model_test.py")]
    [TestCase("conftest.py")]
    [TestCase(@"lib\testdata\race.go")]
    [TestCase("zookeeper-server/src/test/java/org/apache/zookeeper/ClientBase.java")]
    [TestCase("jetty-util/src/main/java/org/eclipse/jetty/util/ProcessorUtilsTest.java")]
    [TestCase("jetty-util/src/main/java/org/eclipse/jetty/util/TestTracker.java")]
    public void Vendored_and_test_code_is_out_of_scope(string path) =>
        Assert.That(EvaluationScope.Contains(path), Is.False);

    [TestCase("lib/model/folder.go")]
    [TestCase("pkg/latest/contest.go")]
    [TestCase("django/core/cache/backends/db.py")]
    [TestCase("mercurial/testing_helpers.py")]
    [TestCase("hgext/largefiles/lfutil.py")]
    [TestCase("jetty-server/src/main/java/org/eclipse/jetty/server/session/SessionHandler.java")]
    [TestCase("zookeeper-server/src/main/java/org/apache/zookeeper/server/Testament.java")]
    public void Production_code_is_in_scope(string path) =>
        Assert.That(EvaluationScope.Contains(path), Is.True);
}
