namespace Portal.Features;

/// <summary>
/// What a read service hands a page: the data, or why there is none. "Refused" means the server decided
/// the user may not see it; "missing" means it does not exist (an unknown year, an unknown street).
/// </summary>
public sealed record PageData<T>(T? Value, string? Missing, string? Refused)
    where T : class;

public static class PageData
{
    public static PageData<T> Of<T>(T value)
        where T : class => new(value, null, null);

    public static PageData<T> NotFound<T>(string message)
        where T : class => new(null, message, null);

    public static PageData<T> Denied<T>(string message)
        where T : class => new(null, null, message);
}
