namespace CxPlatform.Ticketing.Customers;

/// <summary>How Ticketing asks CareOutreach who a requester is (section <c>CustomerResolution</c>).</summary>
public sealed class CustomerResolutionOptions
{
    public const string SectionName = "CustomerResolution";

    /// <summary>How long a ResolveCustomer call may take, retries included, before the ticket takes the degraded path.</summary>
    public TimeSpan Deadline { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>After a failed call, new tickets skip CareOutreach this long (the reconciler keeps trying).</summary>
    public TimeSpan PauseAfterFailure { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the reconciler looks for pending tickets when it has nothing to do.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The reconciler's first wait after CareOutreach failed; it doubles with every failure up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan MinBackoff { get; set; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; set; } = TimeSpan.FromMinutes(5);
}
