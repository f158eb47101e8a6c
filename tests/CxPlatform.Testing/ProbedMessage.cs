using System.Text.Json;

namespace CxPlatform.Testing;

/// <summary>One delivery as MassTransit's JSON envelope carried it.</summary>
public sealed record ProbedMessage<TMessage>(Guid? MessageId, TMessage Message, JsonElement Headers)
{
    public static ProbedMessage<TMessage> Parse(ReadOnlySpan<byte> body)
    {
        using var envelope = JsonDocument.Parse(body.ToArray());
        var root = envelope.RootElement;
        var messageId = root.TryGetProperty("messageId", out var id) && id.ValueKind == JsonValueKind.String ? Guid.Parse(id.GetString()!) : (Guid?)null;
        var message = root.GetProperty("message").Deserialize<TMessage>(JsonSerializerOptions.Web)!;
        var headers = root.TryGetProperty("headers", out var h) ? h.Clone() : default;
        return new ProbedMessage<TMessage>(messageId, message, headers);
    }
}
