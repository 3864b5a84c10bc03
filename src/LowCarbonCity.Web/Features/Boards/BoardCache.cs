using System.Collections.Concurrent;

namespace LowCarbonCity.Web.Features.Boards;

/// <summary>
/// Keeps the figures of the provincial and national boards for a short while (ADR 0010): the national board
/// aggregates every inventory of a year, and 50 analysts reloading it would otherwise run that aggregate 50 times a
/// second. An entry is dropped when anything a board shows changes in this process (<see cref="Invalidate"/>, called
/// by <see cref="BoardCacheInvalidator"/> after a save touching inventories, their totals or organisations, and after
/// a recalculation), and in any case after <see cref="Lifetime"/>, which bounds how stale a figure written by another
/// process (the command line, another app instance) can be. Only figures are kept, never pages: access is checked on
/// every request before the cache is read, and each request renders in its own language.
/// </summary>
public sealed class BoardCache(TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private long _generation;

    private sealed record Entry(long Generation, DateTimeOffset Expires, Lazy<Task<object>> Value);

    /// <summary>Forgets every figure: the next request of each board reads the database again.</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _entries.Clear();
    }

    /// <summary>
    /// The cached value of <paramref name="key"/>, or the result of <paramref name="compute"/> (run once however many
    /// requests ask at the same moment). A failed or cancelled computation is not kept.
    /// </summary>
    public async Task<T> GetOrComputeAsync<T>(string key, Func<Task<T>> compute)
        where T : class
    {
        var now = clock.GetUtcNow();
        var generation = Interlocked.Read(ref _generation);
        var entry = _entries.AddOrUpdate(
            key,
            _ => New(),
            (_, existing) => existing.Generation == generation && existing.Expires > now ? existing : New());
        try
        {
            return (T)await entry.Value.Value;
        }
        catch
        {
            _entries.TryRemove(new KeyValuePair<string, Entry>(key, entry));
            throw;
        }

        Entry New() => new(generation, now + Lifetime, new Lazy<Task<object>>(async () => await compute()));
    }
}
