using System.Buffers.Binary;
using System.Buffers.Text;

namespace CxPlatform.Insights.Timeline;

/// <summary>Where a page of the timeline ended: the last touchpoint's instant and id (the timeline's order, newest first).</summary>
public sealed record TimelineCursor(DateTimeOffset OccurredAt, Guid Id)
{
    public string Encode()
    {
        var bytes = new byte[24];
        BinaryPrimitives.WriteInt64BigEndian(bytes, OccurredAt.UtcTicks);
        Id.TryWriteBytes(bytes.AsSpan(8), bigEndian: true, out _);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string text, out TimelineCursor? cursor)
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
            cursor = new TimelineCursor(new DateTimeOffset(ticks, TimeSpan.Zero), new Guid(bytes.AsSpan(8), bigEndian: true));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
