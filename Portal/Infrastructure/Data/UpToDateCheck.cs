using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Portal.Domain.Common;
using Portal.Domain.ElderlySubsidy;
using Portal.Infrastructure.Data.Seeding;

namespace Portal.Infrastructure.Data;

/// <summary>
/// One read that answers "every migration this build knows is applied and seeding would add nothing", true
/// on nearly every start. Then the start skips EF's migrator, which takes its lock and builds the
/// design-time model and the model of each migration only to find nothing to apply, and the seeder, whose
/// queries EF would compile first. Any doubt (no history table yet, a missing migration or seed part, an
/// error) answers false and the start goes the whole way, which decides and reports as before.
/// </summary>
internal static class UpToDateCheck
{
    public static async Task<bool> IsUpToDateAsync(PortalDbContext db, SeedMarks seed, CancellationToken cancellationToken)
    {
        var migrations = db.GetService<IMigrationsAssembly>().Migrations.Keys.ToList();
        if (migrations.Count == 0 || seed.SubsidyTypeCodes.Count == 0)
            return false;

        var sql = db.GetService<ISqlGenerationHelper>();
        string Table<T>() => sql.DelimitIdentifier(db.Model.FindEntityType(typeof(T))!.GetTableName()!);
        string Column<T>(string property) => sql.DelimitIdentifier(db.Model.FindEntityType(typeof(T))!.FindProperty(property)!.GetColumnName());

        await using var command = db.Database.GetDbConnection().CreateCommand();
        var migrationIds = Parameters(command, "m", migrations);
        var typeCodes = Parameters(command, "t", seed.SubsidyTypeCodes);
        Parameter(command, "district", seed.DistrictCode);
        Parameter(command, "year", seed.FundYear);
        command.CommandText = $"""
            SELECT
              (SELECT COUNT(*) FROM {sql.DelimitIdentifier(HistoryRepository.DefaultTableName)} WHERE {sql.DelimitIdentifier("MigrationId")} IN ({migrationIds})),
              (SELECT COUNT(*) FROM {Table<FundYear>()} AS y JOIN {Table<District>()} AS d ON d.{Column<District>(nameof(District.Id))} = y.{Column<FundYear>(nameof(FundYear.DistrictId))}
                 WHERE d.{Column<District>(nameof(District.Code))} = @district AND y.{Column<FundYear>(nameof(FundYear.Year))} = @year),
              (SELECT COUNT(*) FROM {Table<SubsidyType>()} WHERE {Column<SubsidyType>(nameof(SubsidyType.Code))} IN ({typeCodes}))
            """;

        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                && reader.GetInt64(0) == migrations.Count
                && (!seed.IncludesDemo || reader.GetInt64(1) == 1)
                && reader.GetInt64(2) == seed.SubsidyTypeCodes.Count;
        }
        catch (DbException)
        {
            return false;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Parameters(DbCommand command, string prefix, IReadOnlyList<string> values) =>
        string.Join(", ", values.Select((value, i) => Parameter(command, prefix + i, value)));

    private static string Parameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
        return parameter.ParameterName;
    }
}
