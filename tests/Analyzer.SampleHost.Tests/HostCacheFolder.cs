namespace Analyzer.SampleHost.Tests;

/// <summary>Points the host's default scan cache (under $XDG_CACHE_HOME) at a folder of this test run, in this process
/// and the hosts it starts, so no test reads an entry another run left or fills the user's own cache.</summary>
[SetUpFixture]
public sealed class HostCacheFolder
{
    private string? _previous;
    private DirectoryInfo? _folder;

    [OneTimeSetUp]
    public void PointAtTemporaryFolder()
    {
        _previous = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        _folder = Directory.CreateTempSubdirectory("toctou-host-tests-cache-");
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", _folder.FullName);
    }

    [OneTimeTearDown]
    public void Restore()
    {
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", _previous);
        _folder?.Delete(recursive: true);
    }
}
