using System.Globalization;
using CxPlatform.AppHost.Hosting.Model;

namespace CxPlatform.AppHost.Hosting;

public static class MailServerBuilderExtensions
{
    /// <summary>
    /// Debian's aiosmtpd (installed by eng/setup.sh) on a free loopback port, printing every e-mail it receives — so care
    /// messages and survey invitations appear in its console log on the dashboard instead of leaving the machine.
    /// </summary>
    public static DevelopmentMailServer AddDevelopmentMailServer(this DistributedApplicationBuilder builder, string name)
    {
        var port = LoopbackPort.Next();
        var resource = builder.AddExecutable(name, "/usr/bin/python3", ".", "-u", "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}");
        return new DevelopmentMailServer(resource, port);
    }

    /// <summary>Points the service's Delivery building block at the development mail server (plain SMTP on loopback).</summary>
    public static IResourceBuilder<ProjectResource> WithMailServer(
        this IResourceBuilder<ProjectResource> builder, DevelopmentMailServer mail, string fromAddress) =>
        builder
            .WithEnvironment("Delivery__Smtp__Host", "127.0.0.1")
            .WithEnvironment("Delivery__Smtp__Port", mail.Port.ToString(CultureInfo.InvariantCulture))
            .WithEnvironment("Delivery__Smtp__Security", "None")
            .WithEnvironment("Delivery__Smtp__FromAddress", fromAddress);
}
