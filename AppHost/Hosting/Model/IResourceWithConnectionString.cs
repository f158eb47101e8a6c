namespace CxPlatform.AppHost.Hosting.Model;

/// <summary>A resource that services reach through <c>ConnectionStrings__{Name}</c>.</summary>
public interface IResourceWithConnectionString : IResource
{
    /// <summary>Null until the resource has an address.</summary>
    string? ConnectionString { get; }
}
