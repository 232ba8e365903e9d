using Analyzer.Core.Engine;
using Spectre.Console;

namespace Analyzer.SampleHost;

/// <summary>Runs the engine, with a progress bar on stderr when the console shows progress and silently otherwise.</summary>
internal static class ScanRunner
{
    public static ScanResult Run(AnalyzerEngine engine, ScanRequest request, HostConsole console, string activity)
    {
        try
        {
            if (!console.ShowProgress) return engine.Scan(request);

            var terminal = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(console.Error) });
            ScanResult? result = null;
            terminal.Progress()
                .AutoClear(true)
                .HideCompleted(true)
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
                .Start(context =>
                {
                    var task = context.AddTask(activity, maxValue: 1);
                    task.IsIndeterminate = true;
                    result = engine.Scan(request, new TaskProgress(task));
                    task.StopTask();
                });
            return result!;
        }
        catch (FileNotFoundException e)
        {
            // A path vanished between the host's check and the engine's walk.
            throw new UserError(e.Message);
        }
    }

    /// <summary>Feeds the engine's progress (reported from several threads, possibly out of order) into a task.</summary>
    private sealed class TaskProgress(ProgressTask task) : IProgress<ScanProgress>
    {
        private readonly Lock _gate = new();

        public void Report(ScanProgress value)
        {
            lock (_gate)
            {
                if (task.IsIndeterminate || Math.Abs(task.MaxValue - value.FilesTotal) > 0.5)
                {
                    task.IsIndeterminate = false;
                    task.MaxValue = Math.Max(1, value.FilesTotal);
                }
                if (value.FilesDone > task.Value) task.Value = value.FilesDone;
            }
        }
    }
}
