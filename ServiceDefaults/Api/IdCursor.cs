using System.Buffers.Text;

namespace CxPlatform.ServiceDefaults.Api;

/// <summary>Where a page ended when a list is ordered by id: the last id (UUIDv7 ids sort by creation).</summary>
public static class IdCursor
{
    public static string Encode(Guid lastId) => Base64Url.EncodeToString(lastId.ToByteArray(bigEndian: true));

    public static bool TryDecode(string text, out Guid lastId)
    {
        lastId = Guid.Empty;
        try
        {
            var bytes = Base64Url.DecodeFromChars(text);
            if (bytes.Length != 16)
            {
                return false;
            }
            lastId = new Guid(bytes, bigEndian: true);
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
