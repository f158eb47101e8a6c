using Npgsql;

namespace CxPlatform.Bench.Ticketing.Queues;

public sealed record CapturedCommand(string Text, IReadOnlyList<NpgsqlParameter> Parameters);
