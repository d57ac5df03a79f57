using System.Security.Claims;

namespace Portal.Security;

/// <summary>
/// What the user directory said about the caller, kept for the rest of one HTTP request. A page rendered as
/// plain HTML asks who the user is from several components (menu, page, each service); the answer cannot
/// change in the milliseconds the request lasts, so it is read once. A Blazor circuit lives for hours and
/// never passes through <see cref="RequestDirectoryAnswerMiddleware.UseRequestDirectoryAnswer"/>: there every call reads the directory
/// again, so a disabled account or a new street counts at once.
/// </summary>
public sealed class RequestDirectoryAnswer
{
    private bool _withinRequest;
    private PortalUser? _answer;

    internal void MarkWithinRequest() => _withinRequest = true;

    /// <summary>The answer kept for this very principal in this request, if any.</summary>
    public PortalUser? For(ClaimsPrincipal principal) =>
        _answer is { } answer && ReferenceEquals(answer.Principal, principal) ? answer : null;

    public void Keep(PortalUser user)
    {
        if (_withinRequest)
            _answer = user;
    }
}

public static class RequestDirectoryAnswerMiddleware
{
    /// <summary>Marks the scope of each HTTP request as one whose directory answer may be kept.</summary>
    public static IApplicationBuilder UseRequestDirectoryAnswer(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            context.RequestServices.GetRequiredService<RequestDirectoryAnswer>().MarkWithinRequest();
            return next(context);
        });
}
