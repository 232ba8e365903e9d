namespace Analyzer.Testing.Expectations;

/// <summary>A comment that looks like a marker but does not parse. It fails the verification.</summary>
/// <param name="Path">The fixture file, as the scan reports it.</param>
/// <param name="Line">The line the marker is written on.</param>
/// <param name="Marker">The marker as written, from its keyword on.</param>
/// <param name="Problem">What is wrong and how to write it.</param>
public sealed record MarkerError(string Path, int Line, string Marker, string Problem);
