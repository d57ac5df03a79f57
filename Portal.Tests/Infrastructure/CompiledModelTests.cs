using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Scaffolding;
using Microsoft.Extensions.DependencyInjection;
using Portal.Infrastructure.Data;
using Portal.Tests.Support;

// The design-time services that `dotnet ef dbcontext optimize` uses are EF's internal API; the test uses the
// same ones so that what it generates is exactly what the command would write.
#pragma warning disable EF1001

namespace Portal.Tests.Infrastructure;

/// <summary>
/// The portal starts from compiled EF models (Infrastructure/Data/CompiledModels), one per provider's context.
/// A compiled model is code generated from the model: when the model changes and nobody regenerates it, EF
/// would run with the old one. Each model is generated again here, in memory, and must equal the files.
/// </summary>
public sealed partial class CompiledModelTests
{
    public static TheoryData<string> Contexts => [nameof(PortalDbContext), nameof(PostgresPortalDbContext)];

    [Theory]
    [MemberData(nameof(Contexts))]
    public void The_compiled_model_is_the_one_the_model_generates_today(string contextName)
    {
        var (context, folder) = contextName == nameof(PortalDbContext)
            ? ((DbContext)new DesignTimeDbContextFactory().CreateDbContext([]), "Sqlite")
            : (new PostgresDesignTimeDbContextFactory().CreateDbContext([]), "Postgres");
        using var _ = context;
        var modelNamespace = $"Portal.Infrastructure.Data.CompiledModels.{folder}";
        var directory = Path.Combine(RepositoryRoot.Path, "Portal", "Infrastructure", "Data", "CompiledModels", folder);
        var regenerate = $"Regenerate it: `dotnet ef dbcontext optimize --project Portal --context {contextName} " +
                         $"--output-dir Infrastructure/Data/CompiledModels/{folder} --namespace {modelNamespace}`.";

        var generated = Generate(context, modelNamespace);
        var committed = Directory.GetFiles(directory, "*.cs").ToDictionary(f => Path.GetFileName(f), File.ReadAllText, StringComparer.Ordinal);

        Assert.True(generated.Keys.Order().SequenceEqual(committed.Keys.Order()),
            $"The compiled model of {contextName} has other files than the model generates. {regenerate}");
        foreach (var (file, code) in generated)
            Assert.True(Normalize(code) == Normalize(committed[file]), $"{folder}/{file} is stale. {regenerate}");
    }

    private static Dictionary<string, string> Generate(DbContext context, string modelNamespace)
    {
        var reporter = new Microsoft.EntityFrameworkCore.Design.Internal.OperationReporter(handler: null);
        var services = new Microsoft.EntityFrameworkCore.Design.Internal.DesignTimeServicesBuilder(
                typeof(PortalDbContext).Assembly, typeof(PortalDbContext).Assembly, reporter, [])
            .Build(context);
        var options = new CompiledModelCodeGenerationOptions
        {
            ContextType = context.GetType(),
            ModelNamespace = modelNamespace,
            Language = "C#",
            UseNullableReferenceTypes = true,
        };
        var generator = services.GetRequiredService<ICompiledModelCodeGeneratorSelector>().Select(options);
        var model = context.GetService<IDesignTimeModel>().Model;
        return generator.GenerateModel(model, options).ToDictionary(f => Path.GetFileName(f.Path), f => f.Code, StringComparer.Ordinal);
    }

    /// <summary>Each generation gives the model a new random id; everything else must be equal.</summary>
    private static string Normalize(string code) =>
        ModelId().Replace(code.TrimStart('\uFEFF').ReplaceLineEndings("\n"), "modelId: new Guid()");

    [GeneratedRegex("""modelId: new Guid\("[0-9a-f-]{36}"\)""")]
    private static partial Regex ModelId();
}
