using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace JorgeBi.Web.Security;

/// <summary>
/// Stores the data-protection key ring in PostgreSQL, so cookies outlive the process and
/// work on every instance. The framework calls it synchronously and rarely (at start and
/// when a key is created, every 90 days), so blocking calls are fine here.
/// </summary>
public sealed class DatabaseKeyRepository(NpgsqlDataSource db) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var conn = db.OpenConnection();
        return [.. conn.Query<string>("select xml from data_protection_key order by created_at, friendly_name").Select(XElement.Parse)];
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var conn = db.OpenConnection();
        // Key ids are unique, so a second instance creating the same key at once is harmless.
        conn.Execute(
            "insert into data_protection_key (friendly_name, xml) values (@friendlyName, @xml) on conflict (friendly_name) do nothing",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}

public static class DatabaseKeyRing
{
    /// <summary>Every instance over the same database shares one key ring under one application name.</summary>
    public static IServiceCollection AddDatabaseKeyRing(this IServiceCollection services)
    {
        services.AddSingleton<DatabaseKeyRepository>();
        services.AddDataProtection().SetApplicationName("JorgeBi");
        services.AddOptions<KeyManagementOptions>()
            .Configure<DatabaseKeyRepository>((o, repository) => o.XmlRepository = repository);
        return services;
    }
}
