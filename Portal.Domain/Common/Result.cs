namespace Portal.Domain.Common;

/// <summary>
/// The outcome of a change a user asked for. A failure carries a Chinese message for the user and, where it
/// is about one thing the user typed, that field's identifier (<see cref="Fields"/>), so a page shows the
/// message next to it without reading the message; a failure means nothing was changed. Bugs are
/// exceptions instead, never failures.
/// </summary>
public class Result
{
    protected Result(string? error, string? field)
    {
        Error = error;
        Field = field;
    }

    public string? Error { get; }

    /// <summary>The field the failure is about (<see cref="Fields"/>), or null when it is about the whole change.</summary>
    public string? Field { get; }

    public bool IsSuccess => Error is null;

    public bool IsFailure => Error is not null;

    public static Result Ok() => new(null, null);

    public static Result Fail(string error, string? field = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new Result(error, field);
    }

    public static Result<T> Ok<T>(T value) => new(value, null, null);

    public static Result<T> Fail<T>(string error, string? field = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new Result<T>(default, error, field);
    }

    /// <summary>A failure passed on unchanged, message and field, as a result of another type.</summary>
    public static Result<T> Fail<T>(Result failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        if (failure.IsSuccess)
            throw new ArgumentException("Only a failure can be passed on.", nameof(failure));
        return new Result<T>(default, failure.Error, failure.Field);
    }
}
