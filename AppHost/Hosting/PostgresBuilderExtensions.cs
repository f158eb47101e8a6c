using CxPlatform.AppHost.Hosting.Model;

namespace CxPlatform.AppHost.Hosting;

public static class PostgresBuilderExtensions
{
    /// <summary>A PostgreSQL server: a container, a local installation, or <c>ConnectionStrings__{name}</c> when configured.</summary>
    public static IResourceBuilder<PostgresServerResource> AddPostgres(this DistributedApplicationBuilder builder, string name) =>
        builder.AddResource(new PostgresServerResource(name));

    /// <summary>A database on the server, created when missing; services get <c>ConnectionStrings__{name}</c>.</summary>
    public static IResourceBuilder<PostgresDatabaseResource> AddDatabase(
        this IResourceBuilder<PostgresServerResource> server, string name, string? databaseName = null) =>
        server.ApplicationBuilder.AddResource(new PostgresDatabaseResource(name, databaseName ?? name, server.Resource));
}
