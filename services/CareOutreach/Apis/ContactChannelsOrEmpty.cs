using CxPlatform.Contracts;

namespace CxPlatform.Care.Apis;

/// <summary><see cref="ContactChannels"/> plus "" (which clears the preferred channel on a change).</summary>
public static class ContactChannelsOrEmpty
{
    public static readonly IReadOnlyList<string> All = ["", .. ContactChannels.All];
}
