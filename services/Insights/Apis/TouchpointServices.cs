using CxPlatform.Insights.Infrastructure;
using CxPlatform.Insights.Recording;
using Microsoft.Extensions.Validation;

namespace CxPlatform.Insights.Apis;

/// <summary>The dependencies of the touchpoint endpoints; services, not input, so never validated.</summary>
#pragma warning disable ASP0029 // experimental, but the supported way to keep the validator out of DbContext graphs
[SkipValidation]
#pragma warning restore ASP0029
public sealed record TouchpointServices(InsightsDbContext Db, TouchpointRecorder Recorder, TimeProvider Time);
