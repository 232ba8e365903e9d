namespace Analyzer.Core.Engine.Caching;

/// <summary>One file of the cache: the layout it was written in, the key it was written for, and the analysis.</summary>
internal sealed record CacheEntry(int Format, string Key, PackageResult Result);
