using System.Buffers.Binary;
using System.Buffers.Text;

namespace CxPlatform.ServiceDefaults.Api;

/// <summary>
/// Where a page ended when a list is ordered by an instant, then by id (either direction): the last item's instant and id,
/// encoded as an opaque URL-safe string.
/// </summary>
public sealed record InstantIdCursor(DateTimeOffset At, Guid Id)
{
    public string Encode()
    {
        var bytes = new byte[24];
        BinaryPrimitives.WriteInt64BigEndian(bytes, At.UtcTicks);
        Id.TryWriteBytes(bytes.AsSpan(8), bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string text, out InstantIdCursor? cursor)
    {
        cursor = null;
        try
        {
            var bytes = Base64Url.DecodeFromChars(text);
            var ticks = bytes.Length == 24 ? BinaryPrimitives.ReadInt64BigEndian(bytes) : -1;
            if (ticks < DateTimeOffset.MinValue.UtcTicks || ticks > DateTimeOffset.MaxValue.UtcTicks)
            {
                return false;
            }
            cursor = new InstantIdCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes.AsSpan(8), bigEndian: true));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
