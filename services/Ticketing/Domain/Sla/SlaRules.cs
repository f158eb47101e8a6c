using CxPlatform.ServiceDefaults.Domain;

namespace CxPlatform.Ticketing.Domain.Sla;

/// <summary>The rules that span a tenant's policies and calendars rather than one of them.</summary>
public static class SlaRules
{
    public static void EnsureRoomForPolicy(int existingPolicies)
    {
        if (existingPolicies >= SlaLimits.PoliciesPerTenant)
        {
            throw new DomainRuleViolationException(
                "sla.policy_limit", $"A tenant has at most {SlaLimits.PoliciesPerTenant} SLA policies; merge or delete one first.");
        }
    }

    public static void EnsureRoomForCalendar(int existingCalendars)
    {
        if (existingCalendars >= SlaLimits.CalendarsPerTenant)
        {
            throw new DomainRuleViolationException(
                "sla.calendar_limit", $"A tenant has at most {SlaLimits.CalendarsPerTenant} SLA calendars; delete an unused one first.");
        }
    }

    public static void EnsureCalendarUnused(IReadOnlyCollection<string> policiesUsingIt)
    {
        if (policiesUsingIt.Count > 0)
        {
            throw new DomainRuleViolationException(
                "sla.calendar_in_use", $"The calendar is used by the policies {string.Join(", ", policiesUsingIt)}; change them first.");
        }
    }
}
