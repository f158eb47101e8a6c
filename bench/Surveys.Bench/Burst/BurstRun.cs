namespace CxPlatform.Bench.Surveys.Burst;

/// <summary>One burst as observed by polling, in seconds from the first publish; null where not reached.</summary>
internal sealed record BurstRun(
    double PublishedSeconds, double? AllPlannedSeconds, double? FirstInvitationSeconds, double? AllInvitationsSeconds, long Invitations);
