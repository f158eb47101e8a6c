namespace CxPlatform.Testing;

/// <summary>
/// Waits for something asynchronous (a consumer's effect, a published event) with a generous bound, never a fixed sleep; the
/// bound (60 s) only matters when a test fails or the machine is heavily loaded.
/// </summary>
public static class Eventually
{
    public static async Task<T> ReturnsAsync<T>(Func<Task<T>> probe, Func<T, bool> until, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            var value = await probe();
            if (until(value) || DateTime.UtcNow >= deadline)
            {
                return value;
            }
            await Task.Delay(100);
        }
    }
}
