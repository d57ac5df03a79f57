using Microsoft.Extensions.Options;

namespace Portal.Features.ElderlySubsidy.Import;

/// <summary>
/// Lets at most <see cref="ImportOptions.MaxConcurrent"/> imports run at once, and at most
/// <see cref="ImportOptions.MaxPerUser"/> of them for one user; one more is refused at once with a message,
/// never queued (a queued upload would hold its file in memory while it waits). One per portal process.
/// </summary>
public sealed class ImportGate(IOptions<ImportOptions> options)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, int> _byUser = new(StringComparer.Ordinal);
    private int _running;

    /// <summary>A slot to dispose of when the import ends, or the message that refuses it.</summary>
    public (IDisposable? Slot, string? Refusal) TryEnter(string userId)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var limits = options.Value;
        lock (_lock)
        {
            var mine = _byUser.GetValueOrDefault(userId);
            if (mine >= limits.MaxPerUser)
                return (null, ImportMessages.BusyForUser);
            if (_running >= limits.MaxConcurrent)
                return (null, ImportMessages.BusyOverall);
            _byUser[userId] = mine + 1;
            _running++;
            return (new Slot(this, userId), null);
        }
    }

    private void Leave(string userId)
    {
        lock (_lock)
        {
            _running--;
            if (--_byUser[userId] == 0)
                _byUser.Remove(userId);
        }
    }

    private sealed class Slot(ImportGate gate, string userId) : IDisposable
    {
        private int _left;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _left, 1) == 0)
                gate.Leave(userId);
        }
    }
}
