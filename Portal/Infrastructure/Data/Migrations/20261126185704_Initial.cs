using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Data.Migrations
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
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Id);
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
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Districts", x => x.Id);
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
                name: "FundYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    DistrictId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    ElderlyBlockFen = table.Column<long>(type: "INTEGER", nullable: false),
                    FactorBlockFen = table.Column<long>(type: "INTEGER", nullable: false),
                    CutOffDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
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
                name: "SubsidyRate",
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
                    table.PrimaryKey("PK_SubsidyRate", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubsidyRate_SubsidyTypes_SubsidyTypeId",
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
                name: "Project",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FundYearId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Area = table.Column<int>(type: "INTEGER", nullable: false),
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
                    Cycle_Start = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Project", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Project_FundYears_FundYearId",
                        column: x => x.FundYearId,
                        principalTable: "FundYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                    Version = table.Column<Guid>(type: "TEXT", nullable: false)
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
                name: "Subproject",
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
                    Cycle_Start = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Subproject", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Subproject_Project_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Project",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Transfer",
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
                    table.PrimaryKey("PK_Transfer", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Transfer_FundYears_FundYearId",
                        column: x => x.FundYearId,
                        principalTable: "FundYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Transfer_Project_FromProjectId",
                        column: x => x.FromProjectId,
                        principalTable: "Project",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Transfer_Project_ToProjectId",
                        column: x => x.ToProjectId,
                        principalTable: "Project",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "SubsidyLine",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubsidyTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonTimes = table.Column<long>(type: "INTEGER", nullable: false),
                    LotteryFen = table.Column<long>(type: "INTEGER", nullable: false),
                    MatchingFen = table.Column<long>(type: "INTEGER", nullable: false),
                    RateFlag = table.Column<bool>(type: "INTEGER", nullable: false),
                    FlagComment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SubsidyLine", x => x.Id);
                    table.ForeignKey(
                        name: "FK_SubsidyLine_SubsidyReports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "SubsidyReports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_SubsidyLine_SubsidyTypes_SubsidyTypeId",
                        column: x => x.SubsidyTypeId,
                        principalTable: "SubsidyTypes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "PerformanceIndicator",
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
                    table.PrimaryKey("PK_PerformanceIndicator", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PerformanceIndicator_Project_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Project",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_PerformanceIndicator_Subproject_SubprojectId",
                        column: x => x.SubprojectId,
                        principalTable: "Subproject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "StreetShare",
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
                    table.PrimaryKey("PK_StreetShare", x => x.Id);
                    table.ForeignKey(
                        name: "FK_StreetShare_Project_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Project",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_StreetShare_Streets_StreetId",
                        column: x => x.StreetId,
                        principalTable: "Streets",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_StreetShare_Subproject_SubprojectId",
                        column: x => x.SubprojectId,
                        principalTable: "Subproject",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Spending",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProjectId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SubprojectId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StreetShareId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AmountFen = table.Column<long>(type: "INTEGER", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Spending", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Spending_Project_ProjectId",
                        column: x => x.ProjectId,
                        principalTable: "Project",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Spending_StreetShare_StreetShareId",
                        column: x => x.StreetShareId,
                        principalTable: "StreetShare",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Spending_Subproject_SubprojectId",
                        column: x => x.SubprojectId,
                        principalTable: "Subproject",
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
                name: "IX_PerformanceIndicator_ProjectId",
                table: "PerformanceIndicator",
                column: "ProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_PerformanceIndicator_SubprojectId",
                table: "PerformanceIndicator",
                column: "SubprojectId");

            migrationBuilder.CreateIndex(
                name: "IX_Project_FundYearId_Order",
                table: "Project",
                columns: new[] { "FundYearId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Spending_ProjectId_Date",
                table: "Spending",
                columns: new[] { "ProjectId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Spending_StreetShareId",
                table: "Spending",
                column: "StreetShareId");

            migrationBuilder.CreateIndex(
                name: "IX_Spending_SubprojectId",
                table: "Spending",
                column: "SubprojectId");

            migrationBuilder.CreateIndex(
                name: "IX_Streets_DistrictId_Code",
                table: "Streets",
                columns: new[] { "DistrictId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StreetShare_ProjectId_SubprojectId_StreetId",
                table: "StreetShare",
                columns: new[] { "ProjectId", "SubprojectId", "StreetId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_StreetShare_StreetId",
                table: "StreetShare",
                column: "StreetId");

            migrationBuilder.CreateIndex(
                name: "IX_StreetShare_SubprojectId",
                table: "StreetShare",
                column: "SubprojectId");

            migrationBuilder.CreateIndex(
                name: "IX_Subproject_ProjectId_Order",
                table: "Subproject",
                columns: new[] { "ProjectId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyLine_ReportId_SubsidyTypeId",
                table: "SubsidyLine",
                columns: new[] { "ReportId", "SubsidyTypeId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyLine_SubsidyTypeId",
                table: "SubsidyLine",
                column: "SubsidyTypeId");

            migrationBuilder.CreateIndex(
                name: "IX_SubsidyRate_SubsidyTypeId_EffectiveFrom_Level",
                table: "SubsidyRate",
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
                name: "IX_Transfer_FromProjectId",
                table: "Transfer",
                column: "FromProjectId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfer_FundYearId",
                table: "Transfer",
                column: "FundYearId");

            migrationBuilder.CreateIndex(
                name: "IX_Transfer_ToProjectId",
                table: "Transfer",
                column: "ToProjectId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "ElderlyProgrammeOwners");

            migrationBuilder.DropTable(
                name: "PerformanceIndicator");

            migrationBuilder.DropTable(
                name: "Spending");

            migrationBuilder.DropTable(
                name: "SubsidyLine");

            migrationBuilder.DropTable(
                name: "SubsidyRate");

            migrationBuilder.DropTable(
                name: "Transfer");

            migrationBuilder.DropTable(
                name: "StreetShare");

            migrationBuilder.DropTable(
                name: "SubsidyReports");

            migrationBuilder.DropTable(
                name: "SubsidyTypes");

            migrationBuilder.DropTable(
                name: "Subproject");

            migrationBuilder.DropTable(
                name: "Streets");

            migrationBuilder.DropTable(
                name: "Project");

            migrationBuilder.DropTable(
                name: "FundYears");

            migrationBuilder.DropTable(
                name: "Districts");
        }
    }
}
