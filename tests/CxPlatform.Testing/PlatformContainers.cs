using CxPlatform.DevEnvironment;
using System.Globalization;
using Npgsql;
using Testcontainers.PostgreSql;
using Testcontainers.RabbitMq;
using Xunit;

namespace CxPlatform.Testing;

/// <summary>
/// One real PostgreSQL and one real RabbitMQ per test assembly (register with <c>[assembly: AssemblyFixture(typeof(PlatformContainers))]</c>);
/// each test class takes a fresh database and a fresh virtual host, so classes run in parallel without seeing each other.
/// </summary>
public sealed class PlatformContainers : IAsyncLifetime
{
    private const string RabbitUser = "cxp";
    private const string RabbitPassword = "cxp-test";
    private int _counter;

    public PostgreSqlContainer Postgres { get; }
    public RabbitMqContainer RabbitMq { get; }

    public PlatformContainers()
    {
        ContainerImages.ApplyEngineSettings();
        Postgres = new PostgreSqlBuilder(ContainerImages.Postgres)
            .WithCommand("-c", "max_connections=500", "-c", "fsync=off", "-c", "synchronous_commit=off")
            .Build();
        RabbitMq = new RabbitMqBuilder(ContainerImages.RabbitMq)
            .WithUsername(RabbitUser)
            .WithPassword(RabbitPassword)
            .Build();
    }

    public async ValueTask InitializeAsync() => await Task.WhenAll(Postgres.StartAsync(), RabbitMq.StartAsync());

    public async ValueTask DisposeAsync()
    {
        await Postgres.DisposeAsync();
        await RabbitMq.DisposeAsync();
    }

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix = "test")
    {
        var name = UniqueName(prefix).Replace('-', '_');
        await using (var connection = new NpgsqlConnection(Postgres.GetConnectionString()))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync();
        }
        // Seven test assemblies share two cores: opening a connection can take longer than Npgsql's 15 s default.
        return new NpgsqlConnectionStringBuilder(Postgres.GetConnectionString()) { Database = name, Timeout = 60 }.ConnectionString;
    }

    /// <summary>Creates an empty RabbitMQ virtual host and returns an AMQP connection string for it.</summary>
    public async Task<string> CreateVirtualHostAsync(string prefix = "test")
    {
        var vhost = UniqueName(prefix);
        await RabbitCtlAsync("add_vhost", vhost);
        await RabbitCtlAsync("set_permissions", "-p", vhost, RabbitUser, ".*", ".*", ".*");
        var port = RabbitMq.GetMappedPublicPort(RabbitMqBuilder.RabbitMqPort);
        return $"amqp://{RabbitUser}:{RabbitPassword}@{RabbitMq.Hostname}:{port}/{Uri.EscapeDataString(vhost)}";
    }

    private async Task RabbitCtlAsync(params string[] arguments)
    {
        var result = await RabbitMq.ExecAsync(["rabbitmqctl", .. arguments]);
        if (result.ExitCode != 0)
        {
            throw new InvalidOperationException($"rabbitmqctl {string.Join(' ', arguments)} failed: {result.Stderr}{result.Stdout}");
        }
    }

    private string UniqueName(string prefix)
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{Interlocked.Increment(ref _counter)}-{Guid.NewGuid():N}").ToLowerInvariant();
        return name[..Math.Min(name.Length, 60)];
    }
}
