using Microsoft.EntityFrameworkCore.Migrations;

namespace CxPlatform.Insights.Infrastructure;

/// <summary>What the Initial migration adds beyond the EF model; eng/regenerate-initial-migration.sh calls it.</summary>
public static class InitialMigrationSql
{
    public static void Up(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(TouchpointsSchema.Create);

    public static void Down(MigrationBuilder migrationBuilder) => migrationBuilder.Sql(TouchpointsSchema.Drop);
}
