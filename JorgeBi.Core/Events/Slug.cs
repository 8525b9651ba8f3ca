using System.Text;

namespace JorgeBi.Core.Events;

/// <summary>Lead sources are free text on the wire and lower-case slugs in every number.</summary>
public static class Slug
{
    /// <summary>"Realtor.com" -> "realtor-com", "Facebook Ads" -> "facebook-ads".</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Trim().ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        var slug = sb.ToString().Trim('-');
        return slug.Length == 0 ? "unknown" : slug;
    }
}
