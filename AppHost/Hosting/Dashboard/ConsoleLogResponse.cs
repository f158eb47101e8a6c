using CxPlatform.AppHost.Hosting.State;

namespace CxPlatform.AppHost.Hosting.Dashboard;

/// <summary>
/// <c>GET /api/resources/{name}/logs</c>: follow a log by asking again with <c>after=lastSequence</c>; lines older than
/// <c>firstSequence</c> have fallen out of the ring buffer.
/// </summary>
public sealed record ConsoleLogResponse(string Resource, IReadOnlyList<LogLine> Lines, long FirstSequence, long LastSequence);
