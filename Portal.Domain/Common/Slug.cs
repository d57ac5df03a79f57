namespace Portal.Domain.Common;

/// <summary>Codes are lowercase ASCII words joined by hyphens, so they survive URLs, files and claims.</summary>
public static class Slug
{
    public static bool IsValid(string? code) =>
        !string.IsNullOrEmpty(code)
        && code.Length <= 64
        && code[0] != '-'
        && code[^1] != '-'
        && code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
