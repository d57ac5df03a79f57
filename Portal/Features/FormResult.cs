using Portal.Domain.Common;

namespace Portal.Features;

/// <summary>
/// The outcome of saving a form: a message for the whole form and/or one per field, keyed as the page
/// keys its inputs, so each refusal shows next to what the user typed (and nothing they typed is lost).
/// </summary>
public sealed class FormResult : Result
{
    public const string CorrectTheFields = "请更正标出的内容后再保存。";

    private FormResult(string? error, IReadOnlyDictionary<string, string> fieldErrors)
        : base(error, null) => FieldErrors = fieldErrors;

    public IReadOnlyDictionary<string, string> FieldErrors { get; }

    public static FormResult Saved() => new(null, new Dictionary<string, string>());

    public static FormResult Refused(string error) => new(error, new Dictionary<string, string>());

    public static FormResult Invalid(IReadOnlyDictionary<string, string> fieldErrors) => new(CorrectTheFields, fieldErrors);

    /// <summary>
    /// A domain outcome as the form shows it: a failure about one field under that field (the page keys its
    /// inputs by <see cref="Fields"/>), any other failure for the whole form.
    /// </summary>
    public static FormResult From(Result result) => From(result, field => field);

    /// <summary>As <see cref="From(Result)"/>, with the domain's field turned into the page's key (a grid of several subsidies).</summary>
    public static FormResult From(Result result, Func<string, string> key)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(key);
        if (result is FormResult form)
            return form;
        if (result.IsSuccess)
            return Saved();
        return result.Field is { } field
            ? Invalid(new Dictionary<string, string> { [key(field)] = result.Error! })
            : Refused(result.Error!);
    }
}

/// <summary>The message a form shows under one field, if its last save was refused there.</summary>
public static class FormResultFields
{
    public static string? FieldError(this FormResult? result, string field) => result?.FieldErrors.GetValueOrDefault(field);
}
