using System.Text.RegularExpressions;
using CxPlatform.AppHost.Hosting.Dashboard;
using CxPlatform.AppHost.Hosting.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;

namespace CxPlatform.AppHost.Hosting;

/// <summary>Declares the resources of the platform, then builds the host that runs them.</summary>
public sealed partial class DistributedApplicationBuilder
{
    private readonly WebApplicationBuilder _host;
    private readonly List<IResource> _resources = [];
    private readonly List<Func<AllResourcesHealthyContext, CancellationToken, Task>> _whenAllHealthy = [];
    private readonly long _startTimestamp = TimeProvider.System.GetTimestamp();

    internal DistributedApplicationBuilder(string[] args)
    {
        AppHostDirectory = AppHostPaths.FindAppHostDirectory();
        _host = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppHostDirectory });
    }

    /// <summary>The AppHost project's folder: project paths are relative to it.</summary>
    public string AppHostDirectory { get; }

    public IConfigurationManager Configuration => _host.Configuration;

    public IReadOnlyList<IResource> Resources => _resources;

    public IResourceBuilder<T> AddResource<T>(T resource)
        where T : IResource
    {
        if (!ResourceNamePattern().IsMatch(resource.Name))
        {
            throw new ArgumentException($"Resource name '{resource.Name}' must be lowercase letters, digits and hyphens, starting with a letter.", nameof(resource));
        }
        if (_resources.Any(existing => existing.Name == resource.Name))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' already exists.");
        }
        _resources.Add(resource);
        return new ResourceBuilder<T>(resource, this);
    }

    /// <summary>
    /// Runs <paramref name="callback"/> once, the first time every resource is healthy (after the start-up report), e.g. to
    /// load demo data; a failure is logged and leaves the platform running.
    /// </summary>
    public void WhenAllResourcesHealthy(Func<AllResourcesHealthyContext, CancellationToken, Task> callback) => _whenAllHealthy.Add(callback);

    public DistributedApplication Build()
    {
        var options = _host.Configuration.GetSection(AppHostOptions.SectionName).Get<AppHostOptions>() ?? new AppHostOptions();
        var model = new DistributedApplicationModel([.. _resources], _startTimestamp, [.. _whenAllHealthy]);
        _host.AddAppHostServices(model, options, AppHostPaths.Create(AppHostDirectory, options.ArtifactsPath));

        var app = _host.Build();
        app.MapDashboard();
        return new DistributedApplication(app);
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex ResourceNamePattern();
}
