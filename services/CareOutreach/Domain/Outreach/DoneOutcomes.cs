using CxPlatform.Contracts;

namespace CxPlatform.Care.Domain.Outreach;

/// <summary>
/// The <see cref="OutreachOutcomes"/> an agent reports when completing a task; skipping records <c>skipped</c> and failing
/// <c>undeliverable</c>.
/// </summary>
public static class DoneOutcomes
{
    public static readonly IReadOnlyList<string> All =
        [OutreachOutcomes.Reached, OutreachOutcomes.MessageSent, OutreachOutcomes.NoAnswer, OutreachOutcomes.Declined];
}
