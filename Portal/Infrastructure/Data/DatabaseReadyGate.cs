namespace Portal.Infrastructure.Data;

/// <summary>
/// Holds every request until the database start-up has finished, so that the web host can start while the
/// database does and still no request ever sees a database that is not yet migrated or seeded. When the
/// start-up fails, the requests fail with it (and the portal stops).
/// </summary>
public static class DatabaseReadyGate
{
    public static IApplicationBuilder UseDatabaseReadyGate(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var startup = app.ApplicationServices.GetRequiredService<DatabaseStartup>();
        return app.Use(async (context, next) =>
        {
            var ready = startup.Ready;
            if (!ready.IsCompletedSuccessfully)
                await ready.WaitAsync(context.RequestAborted);
            await next(context);
        });
    }
}
