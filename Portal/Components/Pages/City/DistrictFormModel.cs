using Portal.Domain.Common;
using Portal.Features.City;

namespace Portal.Components.Pages.City;

/// <summary>What is typed on 新增区, kept as typed until the save succeeds; rows can be added and taken away.</summary>
public sealed class DistrictFormModel
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? BureauName { get; set; }

    public string? CommunityCount { get; set; }

    public string? FundName { get; set; } = District.MunicipalFund;

    public string? Regulations { get; set; }

    public bool GroupProjectsByArea { get; set; }

    public List<Row> Streets { get; private set; } = [new(), new()];

    /// <summary>The two areas the portal has pages of its own for, to start from.</summary>
    public List<Row> ProjectAreas { get; private set; } = [new() { Code = "social-assistance", Name = "社会救助" }, new() { Code = "child-protection", Name = "儿童保护" }];

    public static DistrictFormModel From(DistrictForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return new()
        {
            Code = form.Code,
            Name = form.Name,
            BureauName = form.BureauName,
            CommunityCount = form.CommunityCount,
            FundName = form.FundName,
            Regulations = form.Regulations,
            GroupProjectsByArea = form.GroupProjectsByArea,
            Streets = form.Streets.Select(Row.From).ToList(),
            ProjectAreas = form.ProjectAreas.Select(Row.From).ToList(),
        };
    }

    public DistrictForm ToForm() => new(
        Code, Name, BureauName, CommunityCount, FundName, Regulations, GroupProjectsByArea,
        Streets.Select(s => s.ToCodeAndName()).ToList(),
        ProjectAreas.Select(a => a.ToCodeAndName()).ToList());

    /// <summary>A street or an area: its code and its name.</summary>
    public sealed class Row
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public static Row From(CodeAndName typed) => new() { Code = typed?.Code, Name = typed?.Name };

        public CodeAndName ToCodeAndName() => new(Code, Name);
    }
}
