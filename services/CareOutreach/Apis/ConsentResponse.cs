using CxPlatform.Care.Domain;

namespace CxPlatform.Care.Apis;

/// <param name="Decision">One of <see cref="ConsentDecisions"/>; a channel and purpose never asked about is not listed.</param>
public sealed record ConsentResponse(string Channel, string Purpose, string Decision, DateTimeOffset ChangedAt)
{
    public static ConsentResponse From(ConsentState state) =>
        new(state.Channel, state.Purpose, ConsentDecisions.Of(state.Granted), state.ChangedAt);
}
