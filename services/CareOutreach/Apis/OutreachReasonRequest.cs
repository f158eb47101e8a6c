using System.ComponentModel.DataAnnotations;
using CxPlatform.Care.Domain.Outreach;

namespace CxPlatform.Care.Apis;

/// <summary>Why a task is skipped or failed.</summary>
public sealed record OutreachReasonRequest([Required, StringLength(OutreachLimits.ReasonLength, MinimumLength = 1)] string Reason);
