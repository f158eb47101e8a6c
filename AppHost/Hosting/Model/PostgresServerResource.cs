namespace CxPlatform.AppHost.Hosting.Model;

public sealed class PostgresServerResource(string name) : ServerResource(name, "postgres")
{
    public const string UserName = "postgres";
}
