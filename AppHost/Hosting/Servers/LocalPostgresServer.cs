using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.Processes;
using CxPlatform.AppHost.Hosting.State;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>
/// A throw-away cluster of the local PostgreSQL installation: initdb in the AppHost's artifacts folder, started with pg_ctl
/// as user postgres, listening on a free loopback port.
/// </summary>
internal sealed class LocalPostgresServer(
    PostgresServerResource resource, LocalPostgresInstallation installation, AppHostPaths paths, ILogger logger) : IServerInstance
{
    private const string SystemUser = "postgres";
    private readonly string _root = paths.ServerDirectory(resource.Name);
    private bool _started;

    public string Source => $"local {Path.GetDirectoryName(installation.BinDirectory)}";

    private string DataDirectory => Path.Combine(_root, "data");

    private string LogFile => Path.Combine(_root, "postgres.log");

    public async Task<ServerAddress> StartAsync(CancellationToken cancellationToken)
    {
        await StopLeftoverAsync(cancellationToken);
        await ServerFolder.RecreateAsync(_root, SystemUser, cancellationToken);

        var password = ServerPassword.New();
        var passwordFile = Path.Combine(_root, "password");
        await File.WriteAllTextAsync(passwordFile, password, cancellationToken);
        await ServerFolder.GiveToAsync(passwordFile, SystemUser, cancellationToken);
        try
        {
            await PostgresCommandAsync(installation.InitDb,
                ["-D", DataDirectory, "-U", PostgresServerResource.UserName, "--pwfile", passwordFile,
                 "--auth-local=trust", "--auth-host=scram-sha-256", "--encoding=UTF8", "--no-sync"],
                cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }

        var port = LoopbackPort.Next();
        await PostgresCommandAsync(installation.PgCtl,
            ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60",
             "-o", $"-p {port} -c listen_addresses=127.0.0.1 -c unix_socket_directories=''"],
            cancellationToken);
        _started = true;
        logger.LogInformation("PostgreSQL {Resource} runs from {DataDirectory}, log {LogFile}", resource.Name, DataDirectory, LogFile);

        var connectionString = new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = port,
            Username = PostgresServerResource.UserName,
            Password = password,
        }.ConnectionString;
        return new ServerAddress(connectionString, [new ResourceEndpoint("tcp", $"tcp://127.0.0.1:{port}")]);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_started)
        {
            return;
        }
        var result = await CommandLine.RunAsync(
            installation.PgCtl, ["stop", "-D", DataDirectory, "-m", "fast", "-w", "-t", "30"], CancellationToken.None, SystemUser, _root);
        if (!result.Succeeded)
        {
            logger.LogWarning("pg_ctl stop {Resource} failed: {Output}", resource.Name, string.Join(Environment.NewLine, result.Output));
        }
    }

    /// <summary>A cluster left running by an AppHost that was killed would hold the folder: stop it first.</summary>
    private async Task StopLeftoverAsync(CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(DataDirectory, "postmaster.pid")))
        {
            logger.LogWarning("Stopping a PostgreSQL cluster left running in {DataDirectory}", DataDirectory);
            await CommandLine.RunAsync(installation.PgCtl, ["stop", "-D", DataDirectory, "-m", "immediate", "-w"], cancellationToken, SystemUser, _root);
        }
    }

    private async Task PostgresCommandAsync(string command, string[] arguments, CancellationToken cancellationToken)
    {
        var result = await CommandLine.RunAsync(command, arguments, cancellationToken, SystemUser, _root);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"{Path.GetFileName(command)} failed for '{resource.Name}' (exit code {result.ExitCode}):{Environment.NewLine}{string.Join(Environment.NewLine, result.Output)}");
        }
    }
}
