using System.Globalization;
using System.Text;
using CxPlatform.AppHost.Hosting.State;
using CxPlatform.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CxPlatform.AppHost.Hosting.Orchestration;

/// <summary>What a developer needs once everything is healthy: the resources, where to browse, a token, and how long it took.</summary>
internal sealed class StartupReport(
    DistributedApplicationModel model, DevelopmentCredentials credentials, ResourceOutput output, IServer server, TimeProvider time)
{
    public const string DemoTenant = "demo";

    public string DashboardUrl =>
        server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() is { } address ? $"{address.TrimEnd('/')}/" : "(not listening)";

    public void PrintReady(TimeSpan coldStart)
    {
        var now = time.GetUtcNow();
        string[] header = ["RESOURCE", "TYPE", "STATE", "HEALTH", "SOURCE", "ENDPOINTS"];
        var rows = model.Resources
            .Select(resource => resource.Status.Snapshot(now))
            .Select(snapshot => new[]
            {
                snapshot.Name, snapshot.Type, snapshot.State.ToString(), snapshot.Health.ToString(), snapshot.Source ?? "",
                string.Join(", ", snapshot.Endpoints.Select(endpoint => endpoint.Url)),
            })
            .Prepend(header)
            .ToList();
        var widths = Enumerable.Range(0, header.Length).Select(column => rows.Max(row => row[column].Length)).ToArray();

        var report = new StringBuilder().AppendLine();
        foreach (var row in rows)
        {
            report.Append("  ").Append(string.Join("  ", row.Select((cell, column) => cell.PadRight(widths[column]))).TrimEnd()).AppendLine();
        }
        report.AppendLine();
        report.Append(CultureInfo.InvariantCulture, $"  Dashboard     {DashboardUrl}").AppendLine();
        foreach (var project in model.Projects)
        {
            report.Append(CultureInfo.InvariantCulture, $"  OpenAPI UI    {project.Name}: {project.HttpUrl}/scalar  (document {project.HttpUrl}/openapi/v1.json)").AppendLine();
        }
        report.Append(CultureInfo.InvariantCulture, $"  Dev token     tenant {DemoTenant}, role {CxRoles.Admin}, valid {DevelopmentCredentials.TokenLifetime.TotalHours:0} h (others: {DashboardUrl}api/token?tenant={DemoTenant}&role={CxRoles.Agent}):").AppendLine();
        report.Append(CultureInfo.InvariantCulture, $"  Authorization: Bearer {credentials.CreateToken(DemoTenant, [CxRoles.Admin])}").AppendLine();
        report.AppendLine();
        report.Append(CultureInfo.InvariantCulture, $"  All resources healthy in {coldStart.TotalSeconds:0.0} s. Ctrl+C stops them.").AppendLine().AppendLine();
        output.WriteBlock(report.ToString());
    }
}
