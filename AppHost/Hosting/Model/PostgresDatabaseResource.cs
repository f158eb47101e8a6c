using Npgsql;

namespace CxPlatform.AppHost.Hosting.Model;

/// <summary>A database on a PostgreSQL server, created when missing; it waits for its server.</summary>
public sealed class PostgresDatabaseResource : Resource, IResourceWithConnectionString
{
    public PostgresDatabaseResource(string name, string databaseName, PostgresServerResource parent)
        : base(name, "database")
    {
        DatabaseName = databaseName;
        Parent = parent;
        AddWaitFor(parent);
    }

    public string DatabaseName { get; }

    public PostgresServerResource Parent { get; }

    public string? ConnectionString => Parent.ConnectionString is { } server
        ? new NpgsqlConnectionStringBuilder(server) { Database = DatabaseName }.ConnectionString
        : null;
}
