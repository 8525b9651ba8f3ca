namespace JorgeBi.Data.Hosting;

/// <summary>How far <see cref="AppDatabase.StartAsync"/> readies the database before the app's services are built.</summary>
public enum DatabasePreparation
{
    /// <summary>As found, not migrated: a backup holds the database as it was, a restore needs it empty.</summary>
    AsFound,

    /// <summary>Pending migrations applied: what every command but serve needs.</summary>
    Migrated,

    /// <summary>Migrated, and an embedded database created just now is due demo data and the first owner (serve).</summary>
    MigratedWithDemoData,
}
