namespace Portal.Domain.Common;

/// <summary>
/// The outcome of a change a user asked for. A failure carries a Chinese message for the user and means
/// nothing was changed; bugs are exceptions instead, never failures.
/// </summary>
public class Result
{
    protected Result(string? error) => Error = error;

    public string? Error { get; }

    public bool IsSuccess => Error is null;

    public bool IsFailure => Error is not null;

    public static Result Ok() => new(null);

    public static Result Fail(string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new Result(error);
    }

    public static Result<T> Ok<T>(T value) => new(value, null);

    public static Result<T> Fail<T>(string error)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(error);
        return new Result<T>(default, error);
    }
}
