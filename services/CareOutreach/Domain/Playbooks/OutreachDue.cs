using CxPlatform.ServiceDefaults.BusinessTime;

namespace CxPlatform.Care.Domain.Playbooks;

/// <summary>How long after a task becomes actionable it is due: <see cref="Minutes"/> counted on <see cref="Clock"/> (<see cref="DueClocks"/>).</summary>
public sealed record OutreachDue(int Minutes, string Clock)
{
    /// <summary>Up to 30 days (or 30 × 24 business hours): an outreach due later than that has lost its point.</summary>
    public const int MaxMinutes = 30 * 24 * 60;

    public DateTimeOffset DueAfter(DateTimeOffset actionableAt, BusinessCalendar careHours) => Clock == DueClocks.BusinessHours
        ? careHours.AddBusinessMinutes(actionableAt, Minutes)
        : (actionableAt + TimeSpan.FromMinutes(Minutes)).ToUniversalTime();
}
