namespace CxPlatform.Ticketing.Customers;

internal enum ReconcileResult
{
    /// <summary>No pending ticket is due.</summary>
    Idle,

    /// <summary>One ticket was linked to its customer or given up on; there may be more.</summary>
    Progressed,

    /// <summary>CareOutreach could not answer; back off before the next ticket.</summary>
    CareOutreachUnavailable,
}
