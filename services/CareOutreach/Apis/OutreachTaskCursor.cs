using System.Buffers.Binary;
using System.Buffers.Text;

namespace CxPlatform.Care.Apis;

/// <summary>Where a page of tasks ended: the last task's due instant and id (the queue's sort order).</summary>
public sealed record OutreachTaskCursor(DateTimeOffset DueAt, Guid Id)
{
    public string Encode()
    {
        var bytes = new byte[24];
        BinaryPrimitives.WriteInt64BigEndian(bytes, DueAt.UtcTicks);
        Id.TryWriteBytes(bytes.AsSpan(8), bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string text, out OutreachTaskCursor? cursor)
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
            cursor = new OutreachTaskCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes.AsSpan(8), bigEndian: true));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
