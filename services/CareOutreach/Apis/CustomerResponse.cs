using CxPlatform.Care.Domain;

namespace CxPlatform.Care.Apis;

public sealed record CustomerResponse(
    Guid Id,
    string? FullName,
    string? PreferredName,
    IReadOnlyList<ContactPointResponse> ContactPoints,
    string? Language,
    string? TimeZone,
    string? PreferredChannel,
    QuietHoursResponse? QuietHours,
    IReadOnlyList<string> Interests,
    IReadOnlyList<string> Likes,
    IReadOnlyList<string> Dislikes,
    IReadOnlyList<ConsentResponse> Consents,
    IReadOnlyList<CustomerNote> Notes,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public static CustomerResponse From(Customer customer) => new(
        customer.Id,
        customer.FullName,
        customer.PreferredName,
        customer.ContactPoints.OrderBy(p => p.AddedAt).ThenBy(p => p.Id).Select(ContactPointResponse.From).ToList(),
        customer.Language,
        customer.TimeZone,
        customer.PreferredChannel,
        customer.QuietHours is { } quietHours ? QuietHoursResponse.From(quietHours) : null,
        customer.Interests,
        customer.Likes,
        customer.Dislikes,
        customer.Consents.Select(ConsentResponse.From).ToList(),
        customer.Notes,
        customer.CreatedAt,
        customer.UpdatedAt);
}
