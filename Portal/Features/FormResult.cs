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
        : base(error) => FieldErrors = fieldErrors;

    public IReadOnlyDictionary<string, string> FieldErrors { get; }

    public static FormResult Saved() => new(null, new Dictionary<string, string>());

    public static FormResult Refused(string error) => new(error, new Dictionary<string, string>());

    public static FormResult Invalid(IReadOnlyDictionary<string, string> fieldErrors) => new(CorrectTheFields, fieldErrors);

    public static FormResult From(Result result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.IsSuccess ? Saved() : Refused(result.Error!);
    }
}
