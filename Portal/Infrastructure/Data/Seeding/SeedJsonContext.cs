using System.Text.Json.Serialization;

namespace Portal.Infrastructure.Data.Seeding;

/// <summary>
/// The seed document's reader, generated at build time: every start reads the document to check the seed,
/// and a generated reader spares that start the reflection and JIT of a reflection-based one.
/// </summary>
[JsonSourceGenerationOptions(System.Text.Json.JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SeedDocument))]
[JsonSerializable(typeof(DistrictFile))]
internal sealed partial class SeedJsonContext : JsonSerializerContext;
