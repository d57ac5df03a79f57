using System.Diagnostics;

namespace Portal.Infrastructure;

/// <summary>
/// With <c>PORTAL_STARTUP_TIMING=1</c>, writes to standard error how long after the process started each
/// phase of the start-up ended, and the first requests, so a slow cold start can be taken apart phase by
/// phase. Off, it costs one environment read.
/// </summary>
public static class StartupTiming
{
    public const string Variable = "PORTAL_STARTUP_TIMING";

    private const int RequestsTimed = 4;

    private static readonly bool s_enabled = Environment.GetEnvironmentVariable(Variable) is "1" or "true";
    private static int s_requests;

    public static bool Enabled => s_enabled;

    /// <summary>Notes that <paramref name="phase"/> ended now.</summary>
    public static void Mark(string phase)
    {
        if (s_enabled)
            Console.Error.WriteLine(
                $"startup {SinceProcessStart().TotalMilliseconds,7:0} ms  jit {System.Runtime.JitInfo.GetCompiledMethodCount(),6} methods {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds,6:0} ms  {phase}");
    }

    /// <summary>Times the first few requests, from arrival to the last byte of the response.</summary>
    public static IApplicationBuilder UseStartupTiming(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        if (!s_enabled)
            return app;
        return app.Use(async (context, next) =>
        {
            if (Volatile.Read(ref s_requests) >= RequestsTimed)
            {
                await next(context);
                return;
            }

            var request = $"{context.Request.Method} {context.Request.Path}{context.Request.QueryString}";
            Mark($"request in: {request}");
            await next(context);
            Interlocked.Increment(ref s_requests);
            Mark($"request out: {request} {context.Response.StatusCode}");
        });
    }

    private static TimeSpan SinceProcessStart()
    {
        using var process = Process.GetCurrentProcess();
        return DateTime.Now - process.StartTime;
    }
}
