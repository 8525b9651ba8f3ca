using System.Runtime.CompilerServices;
using Dapper;

namespace JorgeBi.Data;

internal static class DataModule
{
    // Columns are snake_case, C# members PascalCase; set before any query maps a row.
#pragma warning disable CA2255 // The mapping is a property of this assembly's queries, wherever they run.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void MapSnakeCaseColumns() => DefaultTypeMap.MatchNamesWithUnderscores = true;
}
