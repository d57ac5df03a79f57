using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ReportDeadlineDay : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ReportDeadlineDay",
                table: "FundYears",
                type: "INTEGER",
                nullable: false,
                defaultValue: 20); // years that exist already get the default deadline, the 20th
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "ReportDeadlineDay",
                table: "FundYears");
        }
    }
}
