using System.Buffers.Text;

namespace CxPlatform.Care.Apis;

/// <summary>Where a page of customers ended: the last id (ids are UUIDv7, so they sort by creation).</summary>
public static class CustomerCursor
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
