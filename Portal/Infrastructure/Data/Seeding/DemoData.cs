namespace Portal.Infrastructure.Data.Seeding;

/// <summary>Whether the 2020 Xicheng demonstration year is loaded at start (<see cref="DatabaseSeeder"/>).</summary>
public sealed record DemoData(bool Load);
