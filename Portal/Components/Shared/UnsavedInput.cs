using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Components.Server.ProtectedBrowserStorage;
using Microsoft.JSInterop;

namespace Portal.Components.Shared;

/// <summary>
/// What a user typed into one form but has not saved, kept in the browser tab's session storage (encrypted
/// and signed by ASP.NET Core data protection, whose key ring lives in the database). A dropped connection or
/// a restarted server reloads the page in the same tab, and the form takes its input back from here; a
/// successful save removes it. Nothing typed reaches the database until the user saves.
/// </summary>
/// <typeparam name="T">The form's fields as typed (strings, not parsed figures).</typeparam>
internal sealed class UnsavedInput<T>(ProtectedSessionStorage storage, string key)
    where T : class
{
    /// <summary>Where in the tab's session storage the input is kept: one key per form and scope (street, year).</summary>
    public string Key => key;

    /// <summary>The value last written, to skip a write when nothing changed since.</summary>
    private string? _kept;

    /// <summary>The input kept by an earlier page in this tab, if any. Only callable once the page is interactive.</summary>
    public async Task<T?> ReadAsync()
    {
        try
        {
            var read = await storage.GetAsync<T>(key);
            if (!read.Success || read.Value is null)
                return null;
            _kept = JsonSerializer.Serialize(read.Value);
            return read.Value;
        }
        catch (CryptographicException)
        {
            // Written under a key ring that no longer exists: unreadable, so gone.
            await storage.DeleteAsync(key);
            return null;
        }
        catch (JSDisconnectedException)
        {
            return null;
        }
    }

    /// <summary>Keeps <paramref name="input"/>, or forgets what was kept when it is null (saved, or nothing typed).</summary>
    public async Task KeepAsync(T? input)
    {
        var json = input is null ? null : JsonSerializer.Serialize(input);
        if (json == _kept)
            return;
        try
        {
            if (input is null)
                await storage.DeleteAsync(key);
            else
                await storage.SetAsync(key, input);
            _kept = json;
        }
        catch (JSDisconnectedException)
        {
            // The connection is gone; what was kept before stays, and the next render after reconnecting writes again.
        }
    }
}
