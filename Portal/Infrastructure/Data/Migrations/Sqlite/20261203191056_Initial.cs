using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Entity = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    EntityId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    StreetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Districts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    BureauName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CommunityCount = table.Column<int>(type: "INTEGER", nullable: false),
                    FundName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    GroupProjectsByArea = table.Column<bool>(type: "INTEGER", nullable: false),
                    SeparateApproval = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Districts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SecurityEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Actor = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StreetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    What = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SecurityEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SubsidyTypes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubsidyTypes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DistrictProjectAreas",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DistrictProjectAreas", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DistrictProjectAreas_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DistrictReportRegulations",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DistrictReportRegulations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_DistrictReportRegulations_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "FundYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ElderlyBlockFen = table.Column<long>(type: "INTEGER", nullable: false),
                    FactorBlockFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CarriedInFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CutOffDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PublishedEdition = table.Column<int>(type: "INTEGER", nullable: true),
                    ReportDeadlineDay = table.Column<int>(type: "INTEGER", nullable: false),
                    ElderlyDescription = table.Column<string>(type: "TEXT", nullable: true),
                    ElderlyOutcome = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    ElderlyCycle_End = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ElderlyCycle_Kind = table.Column<int>(type: "INTEGER", nullable: true),
                    ElderlyCycle_Start = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FundYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_FundYears_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Streets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Streets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Streets_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubsidyRates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubsidyTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Level = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    MonthlyFen = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubsidyRates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubsidyRates_SubsidyTypes_SubsidyTypeId",
                        column: x => x.SubsidyTypeId,
                        principalTable: "SubsidyTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ElderlyProgrammeOwners",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Phone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    ResponsibleFor = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    FundYearId = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ElderlyProgrammeOwners", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ElderlyProgrammeOwners_FundYears_FundYearId",
                        column: x => x.FundYearId,
                        principalTable: "FundYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Projects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    AllocationFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OwnerPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    Problems = table.Column<string>(type: "TEXT", nullable: true),
                    CorrectiveMeasures = table.Column<string>(type: "TEXT", nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    Cycle_End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Cycle_Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Cycle_Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Lag_CorrectiveMeasure = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Lag_Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Lag_RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Projects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Projects_FundYears_FundYearId",
                        column: x => x.FundYearId,
                        principalTable: "FundYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PublishedReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<int>(type: "INTEGER", nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PublishedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ReportJson = table.Column<string>(type: "TEXT", nullable: false),
                    DisclosureJson = table.Column<string>(type: "TEXT", nullable: false),
                    ProblemsJson = table.Column<string>(type: "TEXT", nullable: false),
                    OverrideReason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PublishedReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PublishedReports_FundYears_FundYearId",
                        column: x => x.FundYearId,
                        principalTable: "FundYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubsidyReports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    StreetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Month = table.Column<int>(type: "INTEGER", nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    ReviewComment = table.Column<string>(type: "TEXT", maxLength: 1010, nullable: true),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false),
                    LastEditedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubsidyReports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubsidyReports_FundYears_FundYearId",
                        column: x => x.FundYearId,
                        principalTable: "FundYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_SubsidyReports_Streets_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Streets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UserAccounts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StreetId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IsDisabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    FirstSignIn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    LastSignIn = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UserAccounts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UserAccounts_Districts_DistrictId",
                        column: x => x.DistrictId,
                        principalTable: "Districts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UserAccounts_Streets_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Streets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Subprojects",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Description = table.Column<string>(type: "TEXT", nullable: true),
                    AllocationFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Owner = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    OwnerPhone = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    Status = table.Column<int>(type: "INTEGER", nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", nullable: true),
                    Problems = table.Column<string>(type: "TEXT", nullable: true),
                    CorrectiveMeasures = table.Column<string>(type: "TEXT", nullable: true),
                    Cycle_End = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Cycle_Kind = table.Column<int>(type: "INTEGER", nullable: false),
                    Cycle_Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Lag_CorrectiveMeasure = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Lag_Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    Lag_RecordedOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subprojects", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Subprojects_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Transfers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ToProjectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Reason = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Transfers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Transfers_FundYears_FundYearId",
                        column: x => x.FundYearId,
                        principalTable: "FundYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Transfers_Projects_FromProjectId",
                        column: x => x.FromProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Transfers_Projects_ToProjectId",
                        column: x => x.ToProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubsidyLines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubsidyTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonTimes = table.Column<long>(type: "INTEGER", nullable: false),
                    LotteryFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MatchingFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RateFlag = table.Column<bool>(type: "INTEGER", nullable: false),
                    FlagComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    SplitEstimated = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubsidyLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubsidyLines_SubsidyReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "SubsidyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SubsidyLines_SubsidyTypes_SubsidyTypeId",
                        column: x => x.SubsidyTypeId,
                        principalTable: "SubsidyTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceIndicators",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubprojectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Category = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Comparison = table.Column<int>(type: "INTEGER", nullable: false),
                    Target = table.Column<string>(type: "TEXT", nullable: false),
                    Achieved = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PerformanceIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceIndicators_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PerformanceIndicators_Subprojects_SubprojectId",
                        column: x => x.SubprojectId,
                        principalTable: "Subprojects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StreetShares",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubprojectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StreetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_StreetShares", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StreetShares_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StreetShares_Streets_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Streets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StreetShares_Subprojects_SubprojectId",
                        column: x => x.SubprojectId,
                        principalTable: "Subprojects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Spendings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubprojectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StreetShareId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    ReversalOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CorrectionOfId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    AmendsEdition = table.Column<int>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Spendings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Spendings_Projects_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Projects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Spendings_Spendings_CorrectionOfId",
                        column: x => x.CorrectionOfId,
                        principalTable: "Spendings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Spendings_Spendings_ReversalOfId",
                        column: x => x.ReversalOfId,
                        principalTable: "Spendings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Spendings_StreetShares_StreetShareId",
                        column: x => x.StreetShareId,
                        principalTable: "StreetShares",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Spendings_Subprojects_SubprojectId",
                        column: x => x.SubprojectId,
                        principalTable: "Subprojects",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Entity_EntityId",
                table: "AuditEntries",
                columns: new[] { "Entity", "EntityId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_StreetId",
                table: "AuditEntries",
                column: "StreetId");

            migrationBuilder.CreateIndex(
                name: "IX_DistrictProjectAreas_DistrictId",
                table: "DistrictProjectAreas",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_DistrictReportRegulations_DistrictId",
                table: "DistrictReportRegulations",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_Districts_Code",
                table: "Districts",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ElderlyProgrammeOwners_FundYearId",
                table: "ElderlyProgrammeOwners",
                column: "FundYearId");

            migrationBuilder.CreateIndex(
                name: "IX_FundYears_DistrictId_Year",
                table: "FundYears",
                columns: new[] { "DistrictId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceIndicators_ProjectId",
                table: "PerformanceIndicators",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceIndicators_SubprojectId",
                table: "PerformanceIndicators",
                column: "SubprojectId");

            migrationBuilder.CreateIndex(
                name: "IX_Projects_FundYearId_Order",
                table: "Projects",
                columns: new[] { "FundYearId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_PublishedReports_FundYearId_Number",
                table: "PublishedReports",
                columns: new[] { "FundYearId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SecurityEvents_At",
                table: "SecurityEvents",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_SecurityEvents_StreetId",
                table: "SecurityEvents",
                column: "StreetId");

            migrationBuilder.CreateIndex(
                name: "IX_Spendings_CorrectionOfId",
                table: "Spendings",
                column: "CorrectionOfId");

            migrationBuilder.CreateIndex(
                name: "IX_Spendings_ProjectId_Date",
                table: "Spendings",
                columns: new[] { "ProjectId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Spendings_ReversalOfId",
                table: "Spendings",
                column: "ReversalOfId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Spendings_StreetShareId",
                table: "Spendings",
                column: "StreetShareId");

            migrationBuilder.CreateIndex(
                name: "IX_Spendings_SubprojectId",
                table: "Spendings",
                column: "SubprojectId");

            migrationBuilder.CreateIndex(
                name: "IX_Streets_DistrictId_Code",
                table: "Streets",
                columns: new[] { "DistrictId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StreetShares_ProjectId_SubprojectId_StreetId",
                table: "StreetShares",
                columns: new[] { "ProjectId", "SubprojectId", "StreetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StreetShares_StreetId",
                table: "StreetShares",
                column: "StreetId");

            migrationBuilder.CreateIndex(
                name: "IX_StreetShares_SubprojectId",
                table: "StreetShares",
                column: "SubprojectId");

            migrationBuilder.CreateIndex(
                name: "IX_Subprojects_ProjectId_Order",
                table: "Subprojects",
                columns: new[] { "ProjectId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyLines_ReportId_SubsidyTypeId",
                table: "SubsidyLines",
                columns: new[] { "ReportId", "SubsidyTypeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyLines_SubsidyTypeId",
                table: "SubsidyLines",
                column: "SubsidyTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyRates_SubsidyTypeId_EffectiveFrom_Level",
                table: "SubsidyRates",
                columns: new[] { "SubsidyTypeId", "EffectiveFrom", "Level" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyReports_FundYearId_StreetId_Month",
                table: "SubsidyReports",
                columns: new[] { "FundYearId", "StreetId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyReports_StreetId",
                table: "SubsidyReports",
                column: "StreetId");

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyTypes_Code",
                table: "SubsidyTypes",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_FromProjectId",
                table: "Transfers",
                column: "FromProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_FundYearId",
                table: "Transfers",
                column: "FundYearId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfers_ToProjectId",
                table: "Transfers",
                column: "ToProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_DistrictId",
                table: "UserAccounts",
                column: "DistrictId");

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_ObjectId",
                table: "UserAccounts",
                column: "ObjectId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UserAccounts_StreetId",
                table: "UserAccounts",
                column: "StreetId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "DistrictProjectAreas");

            migrationBuilder.DropTable(
                name: "DistrictReportRegulations");

            migrationBuilder.DropTable(
                name: "ElderlyProgrammeOwners");

            migrationBuilder.DropTable(
                name: "PerformanceIndicators");

            migrationBuilder.DropTable(
                name: "PublishedReports");

            migrationBuilder.DropTable(
                name: "SecurityEvents");

            migrationBuilder.DropTable(
                name: "Spendings");

            migrationBuilder.DropTable(
                name: "SubsidyLines");

            migrationBuilder.DropTable(
                name: "SubsidyRates");

            migrationBuilder.DropTable(
                name: "Transfers");

            migrationBuilder.DropTable(
                name: "UserAccounts");

            migrationBuilder.DropTable(
                name: "StreetShares");

            migrationBuilder.DropTable(
                name: "SubsidyReports");

            migrationBuilder.DropTable(
                name: "SubsidyTypes");

            migrationBuilder.DropTable(
                name: "Subprojects");

            migrationBuilder.DropTable(
                name: "Streets");

            migrationBuilder.DropTable(
                name: "Projects");

            migrationBuilder.DropTable(
                name: "FundYears");

            migrationBuilder.DropTable(
                name: "Districts");
        }
    }
}
