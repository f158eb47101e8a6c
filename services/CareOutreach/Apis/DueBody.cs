using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain.Playbooks;
using CxPlatform.ServiceDefaults.Api;

namespace CxPlatform.Care.Apis;

/// <summary>Due <see cref="Minutes"/> after the task becomes actionable, counted in the care team's business hours or on the calendar.</summary>
public sealed record DueBody(
    [Range(1, OutreachDue.MaxMinutes)] int Minutes,
    [Required, ValueSet(typeof(DueClocks))] string Clock)
{
    public OutreachDue ToDue() => new(Minutes, Clock);
}
