using Portal.Domain.Common;
using Portal.Domain.SocialAssistance;
using static Portal.Tests.Domain.DomainBuilders;

namespace Portal.Tests.Domain;

public class DistrictTests
{
    [Fact]
    public void Create_keeps_the_trimmed_names_and_the_community_count()
    {
        var district = District.Create("xicheng", " 西城区 ", " 西城区民政局 ", 259).Value;

        Assert.Equal("xicheng", district.Code);
        Assert.Equal("西城区", district.Name);
        Assert.Equal("西城区民政局", district.BureauName);
        Assert.Equal(259, district.CommunityCount);
        Assert.Empty(district.Streets);
    }

    [Theory]
    [InlineData("Xicheng")]
    [InlineData("xi cheng")]
    [InlineData("")]
    public void Create_refuses_a_bad_code(string code)
    {
        Assert.Equal(OrganisationMessages.InvalidCode(code), District.Create(code, "西城区", "西城区民政局", 259).Error);
    }

    [Fact]
    public void Create_refuses_blank_names_and_a_negative_community_count()
    {
        Assert.Equal(OrganisationMessages.NameRequired, District.Create("xicheng", " ", "西城区民政局", 259).Error);
        Assert.Equal(OrganisationMessages.BureauNameRequired, District.Create("xicheng", "西城区", "", 259).Error);
        Assert.Equal(OrganisationMessages.CommunityCountNegative, District.Create("xicheng", "西城区", "西城区民政局", -1).Error);
        Assert.True(District.Create("xicheng", "西城区", "西城区民政局", 0).IsSuccess);
    }

    [Fact]
    public void A_district_lists_its_own_areas_and_refuses_a_duplicate_or_an_area_it_does_not_list()
    {
        var district = Xicheng();
        Assert.True(district.AddProjectArea("social-assistance", "社会救助").IsSuccess);
        var version = district.Version;

        Assert.Equal(OrganisationMessages.DuplicateAreaCode("social-assistance"), district.AddProjectArea("social-assistance", "救助").Error);
        Assert.Equal(OrganisationMessages.DuplicateAreaName("社会救助"), district.AddProjectArea("relief", "社会救助").Error);
        Assert.Equal(version, district.Version);
        Assert.True(district.CheckArea(ProjectArea.SocialAssistance).IsSuccess);
        Assert.Equal(ProjectMessages.UnknownArea, district.CheckArea(ProjectArea.ChildProtection).Error);
        Assert.Equal("社会救助", district.AreaName(ProjectArea.SocialAssistance));
    }

    [Fact]
    public void The_report_frame_needs_a_fund_name_and_cites_each_regulation_once()
    {
        var district = Xicheng();

        Assert.Equal(OrganisationMessages.FundNameRequired, district.DescribeReport(" ", [], false).Error);
        Assert.Equal(OrganisationMessages.DuplicateRegulation, district.DescribeReport("市级彩票公益金", ["办法", "《办法》"], false).Error);
        Assert.Equal(District.MunicipalFund, district.FundName);
        Assert.True(district.DescribeReport("区级彩票公益金", ["《甲办法》", " ", "乙办法"], true).IsSuccess);
        Assert.Equal(["甲办法", "乙办法"], district.Regulations.OrderBy(r => r.Order).Select(r => r.Title));
        Assert.True(district.GroupProjectsByArea);
    }

    [Fact]
    public void An_account_takes_a_street_only_of_its_own_district_and_loses_it_with_the_district()
    {
        var xicheng = Xicheng();
        var xinjiekou = xicheng.AddStreet("xinjiekou", "新街口").Value;
        var dongcheng = District.Create("dongcheng", "东城区", "东城区民政局", 168).Value;
        var sameCode = dongcheng.AddStreet("xinjiekou", "新街口").Value;
        var account = UserAccount.Register("someone", "某人", null, DateTime.UtcNow).Value;

        Assert.Equal(UserAccountMessages.StreetOfAnotherDistrict, account.AssignStreet(xinjiekou).Error);
        Assert.True(account.AssignDistrict(xicheng).IsSuccess);
        Assert.True(account.AssignStreet(xinjiekou).IsSuccess);
        Assert.Equal(UserAccountMessages.StreetOfAnotherDistrict, account.AssignStreet(sameCode).Error);
        Assert.True(account.AssignDistrict(dongcheng).IsSuccess);
        Assert.Null(account.StreetId);
        Assert.Equal(dongcheng.Id, account.DistrictId);
    }

    [Fact]
    public void AddStreet_numbers_streets_in_the_bureaus_order_and_links_them_to_the_district()
    {
        var district = Xicheng();
        var version = district.Version;

        var first = Street(district, "xichanganjie", "西长安街");
        var second = Street(district, "xinjiekou", " 新街口 ");

        Assert.Equal(1, first.Order);
        Assert.Equal(2, second.Order);
        Assert.Equal("新街口", second.Name);
        Assert.Equal("新街口街道", second.FullName);
        Assert.Equal(district.Id, second.DistrictId);
        Assert.Equal([first, second], district.Streets);
        Assert.NotEqual(version, district.Version);
    }

    [Theory]
    [InlineData("Xinjiekou")]
    [InlineData("xin jie kou")]
    [InlineData("")]
    [InlineData("-xinjiekou")]
    [InlineData("新街口")]
    public void AddStreet_refuses_a_bad_code_and_changes_nothing(string code)
    {
        var district = Xicheng();
        var version = district.Version;

        var result = district.AddStreet(code, "新街口");

        Assert.Equal(OrganisationMessages.InvalidCode(code), result.Error);
        Assert.Empty(district.Streets);
        Assert.Equal(version, district.Version);
    }

    [Fact]
    public void AddStreet_refuses_a_duplicate_code()
    {
        var district = Xicheng();
        Street(district, "xinjiekou", "新街口");
        var version = district.Version;

        Assert.Equal(OrganisationMessages.DuplicateStreetCode("xinjiekou"), district.AddStreet("xinjiekou", "德胜").Error);
        Assert.Single(district.Streets);
        Assert.Equal(version, district.Version);
    }

    [Theory]
    [InlineData("新街口")]
    [InlineData(" 新街口\u3000")]
    public void AddStreet_refuses_a_duplicate_name(string name)
    {
        var district = Xicheng();
        Street(district, "xinjiekou", "新街口");

        Assert.Equal(OrganisationMessages.DuplicateStreetName("新街口"), district.AddStreet("xinjiekou-2", name).Error);
        Assert.Single(district.Streets);
    }

    [Fact]
    public void AddStreet_refuses_a_blank_name()
    {
        var district = Xicheng();

        Assert.Equal(OrganisationMessages.NameRequired, district.AddStreet("xinjiekou", "  ").Error);
        Assert.Empty(district.Streets);
    }

    [Theory]
    [InlineData("xicheng", true)]
    [InlineData("guanganmen-nei", true)]
    [InlineData("Xicheng", false)]
    [InlineData("xi cheng", false)]
    [InlineData("-xicheng", false)]
    [InlineData("xi_cheng", false)]
    [InlineData("西城", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Slug_IsValid_allows_lowercase_words_joined_by_hyphens(string? code, bool valid)
    {
        Assert.Equal(valid, Slug.IsValid(code));
    }

    [Fact]
    public void Slug_IsValid_allows_64_characters_and_refuses_65()
    {
        Assert.True(Slug.IsValid(new string('a', 64)));
        Assert.False(Slug.IsValid(new string('a', 65)));
    }
}
