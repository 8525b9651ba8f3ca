namespace JorgeBi.Data.Backup;

/// <summary>A backup or restore that could not be done; the message says why, for the person running it.</summary>
public class BackupException(string message) : Exception(message);

/// <summary>A restore refused because the target database already holds tables or functions.</summary>
public sealed class DatabaseNotEmptyException(string message) : BackupException(message);
