namespace Portal.Components.Shared;

/// <summary>
/// The status a page rendered as HTML answers with when it refuses (403) or finds nothing (404). It is
/// applied just before the headers go out: a status changed while Blazor renders would make the framework
/// drop the page's own message and hand the request to the general not-found page instead.
/// </summary>
internal static class PageStatus
{
    private static readonly object Key = new();

    public static void Answer(HttpContext? context, int status)
    {
        if (context is null || context.Response.HasStarted)
            return;
        var first = !context.Items.ContainsKey(Key);
        context.Items[Key] = status;
        if (first)
        {
            context.Response.OnStarting(() =>
            {
                context.Response.StatusCode = (int)context.Items[Key]!;
                return Task.CompletedTask;
            });
        }
    }
}
