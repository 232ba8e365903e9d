using Analyzer.SampleHost;

return AnalyzerHost.Run(args, HostConsole.FromSystemConsole());
