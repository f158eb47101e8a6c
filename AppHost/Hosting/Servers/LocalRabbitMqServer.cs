using System.Globalization;
using CxPlatform.AppHost.Hosting.Model;
using CxPlatform.AppHost.Hosting.Orchestration;
using CxPlatform.AppHost.Hosting.Processes;
using CxPlatform.AppHost.Hosting.State;
using Microsoft.Extensions.Logging;

namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>
/// A node of the local RabbitMQ installation (Debian's rabbitmq-server) of its own: its name, ports, database and logs in
/// the AppHost's artifacts folder, run as user rabbitmq, so it never touches the machine's own broker.
/// </summary>
internal sealed class LocalRabbitMqServer(
    RabbitMQServerResource resource, AppHostPaths paths, ResourceOutput output, ILogger logger) : IServerInstance
{
    public const string ServerCommand = "/usr/sbin/rabbitmq-server";
    private const string ControlCommand = "/usr/sbin/rabbitmqctl";
    private const string SystemUser = "rabbitmq";
    private const string SystemUserHome = "/var/lib/rabbitmq";

    // RabbitMQ lets guest log in from loopback only, and this node listens on loopback only.
    private const string User = "guest";
    private const string Password = "guest";

    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);
    private readonly string _root = paths.ServerDirectory(resource.Name);
    private Dictionary<string, string> _environment = [];
    private ChildProcess? _process;

    public string Source => $"local {ServerCommand}";

    private string PidFile => Path.Combine(_root, "rabbitmq.pid");

    public async Task<ServerAddress> StartAsync(CancellationToken cancellationToken)
    {
        EndLeftover();
        await ServerFolder.RecreateAsync(_root, SystemUser, cancellationToken);

        var port = LoopbackPort.Next();
        var configFile = Path.Combine(_root, "rabbitmq.conf");
        var pluginsFile = Path.Combine(_root, "enabled_plugins");
        await File.WriteAllTextAsync(configFile, $"listeners.tcp.default = 127.0.0.1:{port}\n", cancellationToken);
        await File.WriteAllTextAsync(pluginsFile, "[].\n", cancellationToken);
        await ServerFolder.GiveToAsync(_root, SystemUser, cancellationToken);

        _environment = new Dictionary<string, string>
        {
            ["HOME"] = SystemUserHome, // the Erlang cookie the CLI tools share with the node
            ["RABBITMQ_NODENAME"] = $"cxp-{resource.Name}-{port}@localhost",
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = port.ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = LoopbackPort.Next().ToString(CultureInfo.InvariantCulture),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_root, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(_root, "log"),
            ["RABBITMQ_LOGS"] = "-",
            ["RABBITMQ_CONFIG_FILE"] = configFile,
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = pluginsFile,
            ["RABBITMQ_PID_FILE"] = PidFile,
        };
        var startInfo = ProcessCommand.Create(ServerCommand, [], ownSession: true, runAsUser: SystemUser);
        startInfo.WorkingDirectory = _root;
        foreach (var (key, value) in _environment)
        {
            startInfo.Environment[key] = value;
        }
        _process = ChildProcess.Start(startInfo, (line, isError) => output.Write(resource, line, isError));
        logger.LogInformation("RabbitMQ {Resource} runs as node {Node} from {Folder}", resource.Name, _environment["RABBITMQ_NODENAME"], _root);

        return new ServerAddress(
            $"amqp://{User}:{Password}@127.0.0.1:{port}",
            [new ResourceEndpoint("amqp", $"amqp://127.0.0.1:{port}")]);
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is null)
        {
            return;
        }
        using var timeout = new CancellationTokenSource(StopTimeout);
        try
        {
            var stop = ProcessCommand.Create(ControlCommand, ["-n", _environment["RABBITMQ_NODENAME"], "stop"], runAsUser: SystemUser);
            foreach (var (key, value) in _environment)
            {
                stop.Environment[key] = value;
            }
            await CommandLine.RunAsync(stop, timeout.Token);
        }
        catch (OperationCanceledException)
        {
            logger.LogWarning("rabbitmqctl stop {Resource} took longer than {Timeout}", resource.Name, StopTimeout);
        }
        await _process.StopAsync(TimeSpan.FromSeconds(10));
        _process.Dispose();
    }

    /// <summary>A node left running by an AppHost that was killed would hold the folder and its ports: end it first.</summary>
    private void EndLeftover()
    {
        if (File.Exists(PidFile)
            && int.TryParse(File.ReadAllText(PidFile).Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var processId)
            && ProcessSignals.IsAlive(processId))
        {
            logger.LogWarning("Ending RabbitMQ node {ProcessId} left running in {Folder}", processId, _root);
            using var leftover = System.Diagnostics.Process.GetProcessById(processId);
            leftover.Kill(entireProcessTree: true);
            leftover.WaitForExit(TimeSpan.FromSeconds(10));
        }
    }
}
