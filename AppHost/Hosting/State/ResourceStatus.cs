namespace CxPlatform.AppHost.Hosting.State;

/// <summary>
/// The live state of one resource, written by its runner and read by the dashboard. Every change raises
/// <see cref="Changed"/>, so a streaming view can follow it without polling.
/// </summary>
public sealed class ResourceStatus(string name, string type)
{
    private readonly Lock _gate = new();
    private ResourceState _state = ResourceState.NotStarted;
    private ResourceHealth _health = ResourceHealth.Unknown;
    private IReadOnlyList<ResourceEndpoint> _endpoints = [];
    private string? _source;
    private int? _processId;
    private DateTimeOffset? _startedAt;
    private int _restarts;
    private int? _lastExitCode;
    private bool _controllable;

    public event Action<ResourceStatus>? Changed;

    public string Name => name;

    public ResourceState State { get { lock (_gate) { return _state; } } }

    public ResourceHealth Health { get { lock (_gate) { return _health; } } }

    public void SetState(ResourceState state) => Update(() => _state = state);

    public void SetHealth(ResourceHealth health) => Update(() => _health = health);

    /// <summary>Where the resource comes from: a container image, a local installation, a configured connection string, a project file.</summary>
    public void SetSource(string source) => Update(() => _source = source);

    public void SetEndpoints(IReadOnlyList<ResourceEndpoint> endpoints) => Update(() => _endpoints = endpoints);

    /// <summary>Whether the dashboard may stop, start and restart the resource (its runner says so once it knows).</summary>
    public void SetControllable(bool controllable) => Update(() => _controllable = controllable);

    public void MarkRunning(DateTimeOffset startedAt, int? processId = null) => Update(() =>
    {
        _state = ResourceState.Running;
        _startedAt = startedAt;
        _processId = processId;
    });

    public void MarkExited(int exitCode) => Update(() =>
    {
        _state = ResourceState.Exited;
        _health = ResourceHealth.Unknown;
        _lastExitCode = exitCode;
        _processId = null;
        _startedAt = null;
    });

    /// <summary>Stopped on request (the dashboard's Stop, or the AppHost stopping): not restarted until started again.</summary>
    public void MarkStopped(int? exitCode) => Update(() =>
    {
        _state = ResourceState.Finished;
        _health = ResourceHealth.Unknown;
        _lastExitCode = exitCode ?? _lastExitCode;
        _processId = null;
        _startedAt = null;
    });

    public void CountRestart() => Update(() => _restarts++);

    public ResourceSnapshot Snapshot(DateTimeOffset now)
    {
        lock (_gate)
        {
            return new ResourceSnapshot(
                name, type, _state, _health, _endpoints, _source, _processId, _startedAt,
                _startedAt is { } started ? now - started : null, _restarts, _lastExitCode, _controllable);
        }
    }

    private void Update(Action change)
    {
        lock (_gate)
        {
            change();
        }
        Changed?.Invoke(this);
    }
}
