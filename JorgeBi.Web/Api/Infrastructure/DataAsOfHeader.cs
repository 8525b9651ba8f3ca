using System.Globalization;
using JorgeBi.Core.Freshness;

namespace JorgeBi.Web.Api.Infrastructure;

/// <summary>
/// data_as_of for answers whose body is a JSON array (insights, a lead's timeline), which
/// has no room for it: the header <c>Data-As-Of: seq=N; at=ISO-8601</c>.
/// </summary>
public static class DataAsOfHeader
{
    public const string Name = "Data-As-Of";

    public static void Set(HttpResponse response, DataAsOf asOf) =>
        response.Headers[Name] = string.Create(CultureInfo.InvariantCulture, $"seq={asOf.Seq}; at={asOf.At.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss.fff'Z'}");
}
