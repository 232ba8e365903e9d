using System.Text.Json.Serialization;

namespace Analyzer.Core.Engine.Caching;

/// <summary>Reads and writes cache entries without reflection.</summary>
[JsonSerializable(typeof(CacheEntry))]
[JsonSourceGenerationOptions(UseStringEnumConverter = true)]
internal sealed partial class CacheJson : JsonSerializerContext;
