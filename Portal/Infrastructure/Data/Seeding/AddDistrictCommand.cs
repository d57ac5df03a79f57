using Microsoft.EntityFrameworkCore;
using Portal.Domain.Common;

namespace Portal.Infrastructure.Data.Seeding;

/// <summary>
/// <c>dotnet run --project Portal -- add-district &lt;file.json&gt;</c>: sets up a district (its bureau, streets,
/// project areas and the frame of its report) from a file in the shape of <c>seeds/</c> (its <c>district</c>
/// and <c>streets</c>). A file that is not that JSON, a district code already in the database, a duplicate
/// street code or an empty bureau name is refused with a Chinese message, and nothing is created.
/// </summary>
public static class AddDistrictCommand
{
    public const string Name = "add-district";

    public const string Actor = "命令行添加区";

    public static async Task<int> RunAsync(IServiceProvider services, string file, TextWriter output, TextWriter errors)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(errors);
        var added = await AddAsync(services.GetRequiredService<IDbContextFactory<PortalDbContext>>(), file);
        if (added.IsFailure)
        {
            await errors.WriteLineAsync("未添加（没有任何改动）：" + added.Error);
            return 1;
        }

        await output.WriteLineAsync($"已添加{added.Value.Name}（{added.Value.Code}）：{added.Value.BureauName}，{added.Value.Streets.Count} 个街道，{added.Value.ProjectAreas.Count} 个项目领域。请由该区管理人员登录后在“新建资金年度”中建立第一个资金年度。");
        return 0;
    }

    /// <summary>Reads, checks and saves the district described in <paramref name="file"/>; all or nothing.</summary>
    public static async Task<Result<District>> AddAsync(IDbContextFactory<PortalDbContext> contextFactory, string file, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(contextFactory);
        if (!File.Exists(file))
            return Result.Fail<District>(OrganisationMessages.FileNotFound(file));
        Result<DistrictFile> described;
        await using (var stream = File.OpenRead(file))
            described = await DistrictSetup.ReadAsync(stream, cancellationToken);
        return described.IsFailure
            ? Result.Fail<District>(described)
            : await DistrictSetup.AddAsync(contextFactory, described.Value, Actor, cancellationToken);
    }
}
