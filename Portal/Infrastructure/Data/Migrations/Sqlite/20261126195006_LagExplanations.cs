using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Portal.Infrastructure.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class LagExplanations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Lag_CorrectiveMeasure",
                table: "Subprojects",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Lag_Reason",
                table: "Subprojects",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Lag_RecordedOn",
                table: "Subprojects",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Lag_CorrectiveMeasure",
                table: "Projects",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Lag_Reason",
                table: "Projects",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<DateOnly>(
                name: "Lag_RecordedOn",
                table: "Projects",
                type: "TEXT",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Lag_CorrectiveMeasure",
                table: "Subprojects");

            migrationBuilder.DropColumn(
                name: "Lag_Reason",
                table: "Subprojects");

            migrationBuilder.DropColumn(
                name: "Lag_RecordedOn",
                table: "Subprojects");

            migrationBuilder.DropColumn(
                name: "Lag_CorrectiveMeasure",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Lag_Reason",
                table: "Projects");

            migrationBuilder.DropColumn(
                name: "Lag_RecordedOn",
                table: "Projects");
        }
    }
}
