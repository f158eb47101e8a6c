extern alias care;
extern alias surveys;
extern alias insights;

using System.Diagnostics;
using System.Reflection;
using CxPlatform.ServiceDefaults;
using CxPlatform.ServiceDefaults.Auth;
using CxPlatform.ServiceDefaults.Messaging.Outbox;
using CxPlatform.Testing;

namespace CxPlatform.Platform.Tests;

/// <summary>
/// Each service's published entry point started with <c>migrate</c> — as the Kubernetes migration Job runs it — against an
/// empty database: it creates the schema and exits 0 without serving or touching the broker; a second run changes nothing.
/// </summary>
public sealed class MigrateModeTests(PlatformContainers containers)
{
    public static TheoryData<string> Services => [nameof(ResourceNames.Ticketing), nameof(ResourceNames.CareOutreach), nameof(ResourceNames.Surveys), nameof(ResourceNames.Insights)];

    [Theory]
    [MemberData(nameof(Services))]
    public async Task Migrate_mode_creates_the_schema_exits_0_and_a_second_run_is_a_no_op(string service)
    {
        var (assembly, databaseName) = service switch
        {
            nameof(ResourceNames.Ticketing) => (typeof(Program).Assembly, ResourceNames.TicketingDb),
            nameof(ResourceNames.CareOutreach) => (typeof(care::Program).Assembly, ResourceNames.CareOutreachDb),
            nameof(ResourceNames.Surveys) => (typeof(surveys::Program).Assembly, ResourceNames.SurveysDb),
            _ => (typeof(insights::Program).Assembly, ResourceNames.InsightsDb),
        };
        var database = await containers.CreateDatabaseAsync(databaseName);

        var first = await RunMigrateAsync(assembly, databaseName, database);
        Assert.True(first.ExitCode == 0, first.Output);
        var applied = await Sql.CountAsync(database, "__ef_migrations_history");
        Assert.True(applied > 0);
        Assert.Equal(1, await Sql.ScalarAsync<long>(database, $"SELECT count(*) FROM information_schema.tables WHERE table_name = '{OutboxSql.Table}'"));

        var second = await RunMigrateAsync(assembly, databaseName, database);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains("0 pending", second.Output, StringComparison.Ordinal);
        Assert.Equal(applied, await Sql.CountAsync(database, "__ef_migrations_history"));
    }

    [Fact]
    public async Task Migrate_mode_exits_non_zero_when_the_database_cannot_be_reached()
    {
        var result = await RunMigrateAsync(typeof(Program).Assembly, ResourceNames.TicketingDb,
            "Host=127.0.0.1;Port=1;Database=none;Username=none;Password=none;Timeout=3");
        Assert.True(result.ExitCode == 1, result.Output);
    }

    private static async Task<(int ExitCode, string Output)> RunMigrateAsync(Assembly service, string databaseName, string database)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(service.Location);
        start.ArgumentList.Add("migrate");
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment[$"ConnectionStrings__{databaseName}"] = database;
        // Nothing listens here: migrate mode must not need the broker.
        start.Environment[$"ConnectionStrings__{ResourceNames.Messaging}"] = "amqp://guest:guest@127.0.0.1:1/";
        start.Environment["Auth__SigningKey"] = TestTokens.SigningKey;
        start.Environment["Surveys__InvitationSigningKey"] = DevelopmentTokens.NewSigningKey();
        start.Environment["Logging__Console__FormatterName"] = "simple";

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await output + await error);
    }
}
