namespace CxPlatform.AppHost.Hosting.Servers;

/// <summary>Debian's PostgreSQL binaries (<c>/usr/lib/postgresql/{major}/bin</c>), the newest major version installed.</summary>
internal sealed record LocalPostgresInstallation(string BinDirectory)
{
    private const string Root = "/usr/lib/postgresql";

    public string InitDb => Path.Combine(BinDirectory, "initdb");

    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    public static LocalPostgresInstallation? Find()
    {
        if (!Directory.Exists(Root))
        {
            return null;
        }
        return Directory.GetDirectories(Root)
            .Where(version => int.TryParse(Path.GetFileName(version), out _))
            .OrderByDescending(version => int.Parse(Path.GetFileName(version), System.Globalization.CultureInfo.InvariantCulture))
            .Select(version => new LocalPostgresInstallation(Path.Combine(version, "bin")))
            .FirstOrDefault(installation => File.Exists(installation.InitDb) && File.Exists(installation.PgCtl));
    }
}
