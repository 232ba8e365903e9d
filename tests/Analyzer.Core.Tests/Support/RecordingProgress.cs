using Analyzer.Core.Engine;

namespace Analyzer.Core.Tests.Support;

/// <summary>Records progress reports synchronously (unlike <see cref="Progress{T}"/>, which posts them), optionally
/// running an action on each.</summary>
internal sealed class RecordingProgress(Action<ScanProgress>? onReport = null) : IProgress<ScanProgress>
{
    private readonly List<ScanProgress> _reports = [];

    public IReadOnlyList<ScanProgress> Reports
    {
        get
        {
            lock (_reports) return _reports.ToList();
        }
    }

    public void Report(ScanProgress value)
    {
        lock (_reports) _reports.Add(value);
        onReport?.Invoke(value);
    }
}
