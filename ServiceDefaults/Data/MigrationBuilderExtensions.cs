using CxPlatform.ServiceDefaults.Messaging.Outbox;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CxPlatform.ServiceDefaults.Data;

public static class MigrationBuilderExtensions
{
    /// <summary>Call from the migration that creates the outbox table, so dispatchers wake on commit instead of polling.</summary>
    public static void CreateOutboxNotifyTrigger(this MigrationBuilder migrationBuilder) => migrationBuilder.Sql(OutboxSql.CreateNotifyTrigger);

    public static void DropOutboxNotifyTrigger(this MigrationBuilder migrationBuilder) => migrationBuilder.Sql(OutboxSql.DropNotifyTrigger);
}
