using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CxPlatform.Ticketing.Queues;

/// <summary>Where a page ended: the sort it belongs to, the sort key of the last ticket and its number (the tie-breaker).</summary>
public sealed record TicketCursor(string Sort, long Key, long Number)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{Sort}|{Key}|{Number}")));

    public static bool TryDecode(string text, string sort, out TicketCursor? cursor)
    {
        cursor = null;
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text)).Split('|');
            if (parts.Length == 3 && parts[0] == sort
                && long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var key)
                && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                cursor = new TicketCursor(sort, key, number);
            }
        }
        catch (FormatException)
        {
        }
        return cursor is not null;
    }
}
