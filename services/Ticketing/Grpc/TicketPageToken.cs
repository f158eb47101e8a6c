using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace CxPlatform.Ticketing.Grpc;

/// <summary>The opaque page token of ListCustomerTickets: the customer and the number of the last ticket handed out.</summary>
internal static class TicketPageToken
{
    public static string Write(Guid customerId, long lastNumber) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{customerId:N}.{lastNumber}")));

    /// <summary>The number to continue below, or null when the token is not one issued for this customer.</summary>
    public static long? Read(string token, Guid customerId)
    {
        try
        {
            var parts = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token)).Split('.');
            return parts is [var customer, var number]
                && Guid.TryParseExact(customer, "N", out var issuedFor) && issuedFor == customerId
                && long.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var lastNumber)
                ? lastNumber
                : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
