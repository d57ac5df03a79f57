namespace Portal.Domain.Common;

/// <summary>A <see cref="Result"/> that carries a value when it succeeded.</summary>
public sealed class Result<T> : Result
{
    private readonly T? _value;

    internal Result(T? value, string? error, string? field)
        : base(error, field) => _value = value;

    /// <summary>The value; asking for it after a failure is a bug, hence the exception.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException("A failed result has no value: " + Error);
}
