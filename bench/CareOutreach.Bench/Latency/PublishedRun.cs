using CxPlatform.Bench.Common.Load;
using CxPlatform.Bench.Common.Reporting;

namespace CxPlatform.Bench.CareOutreach.Latency;

/// <summary>One run of publishes, how many of their tasks were seen committed, and event -> task latency of those.</summary>
internal sealed record PublishedRun(OpenLoopRun Publishing, int Tasks, LatencySummary EventToTask);
