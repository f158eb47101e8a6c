using CxPlatform.Bench.Common.Infrastructure;
using CxPlatform.Bench.Common.Load;
using CxPlatform.Bench.Common.Reporting;
using CxPlatform.Bench.CareOutreach.Service;
using CxPlatform.Contracts;
using CxPlatform.Contracts.Grpc.CareOutreach;
using Grpc.Core;

namespace CxPlatform.Bench.CareOutreach.Policy;

/// <summary>
/// GetContactPolicy as Surveys asks it (e-mail, purpose survey, a service token, a deadline) at a fixed rate over one h2c
/// channel, then the raw batch of the same rows at the same rate; each after a warm-up of its own.
/// </summary>
public static class PolicyBenchmark
{
    private const int WarmUp = 200;
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(5);

    public static async Task<PolicyResult> RunAsync(
        CareOutreachService service, BenchContainers containers, string database, Guid[] customers, BenchOptions options, TextWriter progress,
        CancellationToken cancellationToken)
    {
        var client = service.GrpcClient();
        var headers = service.ServiceHeaders(BenchCustomers.Tenant);
        var allowed = 0;
        async Task<string?> CallAsync(int index, CancellationToken token)
        {
            try
            {
                var policy = await client.GetContactPolicyAsync(
                    new GetContactPolicyRequest { CustomerId = customers[index % customers.Length].ToString("d"), Channel = ContactChannels.Email, Purpose = ContactPurposes.Survey },
                    headers, TimeProvider.System.GetUtcNow().UtcDateTime + Deadline, token);
                if (policy.Allowed)
                {
                    Interlocked.Increment(ref allowed);
                }
                return null;
            }
            catch (RpcException exception)
            {
                return $"{exception.StatusCode}: {exception.Status.Detail}";
            }
        }

        progress.WriteLine($"GetContactPolicy: {options.PolicyCalls:N0} gRPC calls at {options.PolicyRate}/s, open loop, after {WarmUp} warm-up...");
        await OpenLoop.RunAsync(WarmUp, options.PolicyRate, CallAsync, cancellationToken);
        allowed = 0;
        var grpcMeter = CpuMeter.Start(containers);
        var grpc = await OpenLoop.RunAsync(options.PolicyCalls, options.PolicyRate, CallAsync, cancellationToken);
        var grpcCpu = grpcMeter.Stop(options.PolicyCalls);
        progress.WriteLine($"  {ReportFormat.Summary(grpc.Latency)}, {grpc.Errors} errors, {allowed:N0} allowed");

        progress.WriteLine($"  raw batch of the same rows: {options.PolicyCalls:N0} at {options.PolicyRate}/s...");
        await using var raw = RawPolicyReader.Create(database);
        Task<string?> ReadAsync(int index, CancellationToken token) => raw.ReadAsync(customers[index % customers.Length], token);
        await OpenLoop.RunAsync(WarmUp, options.PolicyRate, ReadAsync, cancellationToken);
        var rawMeter = CpuMeter.Start(containers);
        var rawRun = await OpenLoop.RunAsync(options.PolicyCalls, options.PolicyRate, ReadAsync, cancellationToken);
        var rawCpu = rawMeter.Stop(options.PolicyCalls);
        progress.WriteLine($"  {ReportFormat.Summary(rawRun.Latency)}, {rawRun.Errors} errors");

        return new PolicyResult(options.PolicyRate, WarmUp, RateRunResult.Of(grpc, grpcCpu), RateRunResult.Of(rawRun, rawCpu), allowed);
    }
}
