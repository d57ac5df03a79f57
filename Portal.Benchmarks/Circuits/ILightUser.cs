namespace Portal.Benchmarks.Circuits;

/// <summary>One simulated user of a page: a live circuit, or a reader of a static page that holds none.</summary>
public interface ILightUser : IAsyncDisposable
{
    /// <summary>The page's timed interaction; the time until its answer arrived.</summary>
    Task<TimeSpan> ClickAsync(CancellationToken cancellationToken = default);
}
