using CxPlatform.Contracts.Grpc.CareOutreach;
using CxPlatform.Contracts.Grpc.Insights;
using CxPlatform.Contracts.Grpc.Ticketing;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace CxPlatform.Contracts.Tests.Protos;

public sealed class ProtoRoundTripTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 14, 9, 26, 53, TimeSpan.Zero);

    [Fact]
    public void A_contact_policy_round_trips_with_its_consents_quiet_hours_and_next_allowed_time()
    {
        var policy = new ContactPolicy
        {
            Allowed = false,
            DenialReason = DenialReason.QuietHours,
            PreferredChannel = ContactChannels.Email,
            QuietHours = new QuietHours { Start = "21:00", End = "08:00" },
            TimeZone = "Europe/Zurich",
            NextAllowedAt = Timestamp.FromDateTimeOffset(Now.AddHours(10)),
            ContactPoint = new ContactPoint { Kind = ContactPointKinds.Email, Value = "ana@example.com" },
            ConsentByChannel = { [ContactChannels.Email] = ConsentStatus.Granted, [ContactChannels.Sms] = ConsentStatus.Denied },
        };

        var copy = ContactPolicy.Parser.ParseFrom(policy.ToByteArray());

        Assert.Equal(policy, copy);
        Assert.Equal(ConsentStatus.Denied, copy.ConsentByChannel[ContactChannels.Sms]);
        Assert.Equal(Now.AddHours(10), copy.NextAllowedAt.ToDateTimeOffset());
    }

    [Fact]
    public void A_ticket_without_a_customer_round_trips_with_the_customer_still_absent()
    {
        var ticket = new Ticket
        {
            TicketId = Guid.NewGuid().ToString(),
            Number = 1042,
            CustomerId = null,
            Channel = TicketChannels.SocialDm,
            Type = TicketTypes.Complaint,
            Priority = TicketPriorities.Urgent,
            Status = TicketStatuses.Open,
            Subject = "Parcel arrived crushed",
            Tags = { "damaged", "carrier" },
            AssigneeId = "agent-7",
            CreatedAt = Timestamp.FromDateTimeOffset(Now),
            SlaTargets = { new SlaTarget { Metric = SlaMetrics.FirstReply, DueAt = Timestamp.FromDateTimeOffset(Now.AddHours(1)), Breached = true } },
        };

        var fromBinary = Ticket.Parser.ParseFrom(ticket.ToByteArray());
        var fromJson = Ticket.Parser.ParseJson(JsonFormatter.Default.Format(ticket));

        Assert.Equal(ticket, fromBinary);
        Assert.Equal(ticket, fromJson);
        Assert.Null(fromBinary.CustomerId);
        Assert.Null(fromBinary.GroupId);
        Assert.Equal("agent-7", fromBinary.AssigneeId);
        Assert.Null(fromBinary.SlaTargets[0].AchievedAt);
    }

    [Fact]
    public void A_metric_series_round_trips_and_keeps_a_period_without_data_apart_from_a_measured_zero()
    {
        var response = new GetMetricsResponse
        {
            Series =
            {
                new MetricSeries
                {
                    Metric = MetricNames.ReopenRate,
                    Unit = "ratio",
                    Dimensions = { [MetricDimensions.Channel] = TicketChannels.Email },
                    Points =
                    {
                        new MetricPoint { PeriodStart = Timestamp.FromDateTimeOffset(Now), Value = null, SampleSize = 0 },
                        new MetricPoint { PeriodStart = Timestamp.FromDateTimeOffset(Now.AddDays(1)), Value = 0d, SampleSize = 57 },
                    },
                },
            },
        };

        var copy = GetMetricsResponse.Parser.ParseFrom(response.ToByteArray());

        Assert.Equal(response, copy);
        Assert.Null(copy.Series[0].Points[0].Value);
        Assert.Equal(0d, copy.Series[0].Points[1].Value);
    }
}
