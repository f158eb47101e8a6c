using CxPlatform.Bench.Common;
using CxPlatform.Bench.Outbox;
using CxPlatform.Bench.Outbox.Reporting;

return await BenchEntryPoint.RunAsync(
    args, "outbox", BenchOptions.Usage, BenchOptions.Parse, OutboxBenchRun.RunAsync, ReportPrinter.Print, report => report.StartedAt);
