namespace Portal.Domain.Common;

/// <summary>Codes are lowercase ASCII words joined by hyphens, so they survive URLs, files and claims.</summary>
public static class Slug
{
    public const int MaxLength = 64;

    public static bool IsValid(string? code) =>
        !string.IsNullOrEmpty(code)
        && code.Length <= MaxLength
        && code[0] != '-'
        && code[^1] != '-'
        && code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-');
}
