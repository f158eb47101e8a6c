using CxPlatform.DevEnvironment;
using Npgsql;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;

namespace CxPlatform.Bench.Common.Infrastructure;

/// <summary>
/// PostgreSQL and RabbitMQ from the same images as the tests, each run on a fresh database and virtual host. PostgreSQL keeps
/// its durable defaults (fsync, synchronous commit) unless asked to run like the test containers.
/// </summary>
public sealed class BenchContainers : IAsyncDisposable
{
    private const string RabbitUser = "cxp";
    private const string RabbitPassword = "cxp-bench";

    private readonly PostgreSqlContainer _postgres;
    private readonly RabbitMqContainer _rabbitMq;

    private BenchContainers(PostgreSqlContainer postgres, RabbitMqContainer rabbitMq)
    {
        _postgres = postgres;
        _rabbitMq = rabbitMq;
    }

    /// <param name="postgresSettings">More server settings as <c>name=value</c>, passed as <c>-c name=value</c> (what-if runs).</param>
    public static async Task<BenchContainers> StartAsync(bool fastPostgres, IReadOnlyList<string>? postgresSettings = null)
    {
        ContainerImages.ApplyEngineSettings();
        string[] durability = fastPostgres ? ["-c", "fsync=off", "-c", "synchronous_commit=off"] : [];
        var settings = (postgresSettings ?? []).SelectMany(setting => new[] { "-c", setting });
        var postgres = new PostgreSqlBuilder(ContainerImages.Postgres)
            .WithCommand(["-c", "max_connections=200", .. durability, .. settings])
            .Build();
        var rabbitMq = new RabbitMqBuilder(ContainerImages.RabbitMq)
            .WithUsername(RabbitUser)
            .WithPassword(RabbitPassword)
            .Build();
        var containers = new BenchContainers(postgres, rabbitMq);
        try
        {
            await Task.WhenAll(postgres.StartAsync(), rabbitMq.StartAsync());
        }
        catch
        {
            await containers.DisposeAsync();
            throw;
        }
        return containers;
    }

    public string PostgresImage => ContainerImages.Postgres;
    public string RabbitMqImage => ContainerImages.RabbitMq;

    /// <summary>CPU time PostgreSQL has used since it started; null where the container's cgroup cannot be read.</summary>
    public TimeSpan? PostgresCpu => ContainerCpu.Read(_postgres.Id);

    /// <summary>CPU time RabbitMQ has used since it started; null where the container's cgroup cannot be read.</summary>
    public TimeSpan? RabbitMqCpu => ContainerCpu.Read(_rabbitMq.Id);

    public async Task<string> CreateDatabaseAsync(string name)
    {
        await using (var connection = new NpgsqlConnection(_postgres.GetConnectionString()))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        return new NpgsqlConnectionStringBuilder(_postgres.GetConnectionString()) { Database = name }.ConnectionString;
    }

    public async Task<string> CreateVirtualHostAsync(string name)
    {
        await RabbitCtlAsync("add_vhost", name);
        await RabbitCtlAsync("set_permissions", "-p", name, RabbitUser, ".*", ".*", ".*");
        var port = _rabbitMq.GetMappedPublicPort(RabbitMqBuilder.RabbitMqPort);
        return $"amqp://{RabbitUser}:{RabbitPassword}@{_rabbitMq.Hostname}:{port}/{Uri.EscapeDataString(name)}";
    }

    private async Task RabbitCtlAsync(params string[] arguments)
    {
        var result = await _rabbitMq.ExecAsync(["rabbitmqctl", .. arguments]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed: {result.Stderr}{result.Stdout}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _postgres.DisposeAsync();
        await _rabbitMq.DisposeAsync();
    }
}
