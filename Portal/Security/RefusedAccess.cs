using System.Security.Claims;
using Portal.Infrastructure.Data.Auditing;

namespace Portal.Security;

/// <summary>
/// Records refused reads (a page, an export or a row the user may not see) in 访问与安全记录, beside refused
/// writes: who, what and which street. A page asks its service again whenever its parameters are set and opens
/// twice (as HTML, then live), so one person refused the same thing within <see cref="Window"/> is one row;
/// the log and the refusal metric still count every one.
/// </summary>
public sealed class RefusedAccess(SecurityLog log, TimeProvider clock)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    /// <summary>How many recent refusals are remembered; beyond it the older ones are forgotten first.</summary>
    private const int Remembered = 10_000;

    private readonly Dictionary<(string Actor, string Resource), DateTimeOffset> _recent = [];
    private readonly Lock _gate = new();

    /// <summary>Who was refused, as 访问与安全记录 names them.</summary>
    public static string Actor(PortalUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsAuthenticated ? user.AuditName : "未登录";
    }

    /// <summary>The role the refusal was decided on, as the record shows it after what was refused.</summary>
    public static string Role(string? role, bool disabled) => "（" + PortalRoles.DisplayName(role) + (disabled ? "，账户已停用" : "") + "）";

    /// <param name="what">What was refused, in Chinese: 查看 街道页面, 打开 /admin/security.</param>
    /// <param name="resource">The machine's name of it (kept as the detail, and what makes two refusals the same).</param>
    public Task RecordReadAsync(PortalUser user, string what, string resource, Guid? streetId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        return RecordReadAsync(Actor(user), Role(user.Role, user.IsDisabled), what, resource, streetId);
    }

    /// <summary>A refusal decided on the sign-in's claims alone (a page or download of another role), before any service ran.</summary>
    public Task RecordReadAsync(ClaimsPrincipal principal, string what, string resource)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var user = CurrentUser.From(principal);
        return RecordReadAsync(
            user.IsAuthenticated ? user.AuditName : "未登录",
            Role(user.Role, principal.HasClaim(c => c.Type == PortalClaims.Disabled)),
            what,
            resource);
    }

    private async Task RecordReadAsync(string actor, string role, string what, string resource, Guid? streetId = null)
    {
        if (!IsFirst(actor, resource))
            return;
        // Not the request's token: a refusal is recorded even when the browser has gone away meanwhile.
        await log.RecordAsync(SecurityEventKind.DeniedRead, actor, "被拒绝：" + what + role, streetId, "Read " + resource, CancellationToken.None);
    }

    private bool IsFirst(string actor, string resource)
    {
        var now = clock.GetUtcNow();
        lock (_gate)
        {
            if (_recent.TryGetValue((actor, resource), out var last) && now - last < Window)
                return false;
            if (_recent.Count >= Remembered)
            {
                foreach (var old in _recent.Where(r => now - r.Value >= Window).Select(r => r.Key).ToList())
                    _recent.Remove(old);
                if (_recent.Count >= Remembered)
                    _recent.Clear();
            }

            _recent[(actor, resource)] = now;
            return true;
        }
    }
}
