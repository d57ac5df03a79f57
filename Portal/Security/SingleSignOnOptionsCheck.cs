using Portal.Infrastructure.Settings;

namespace Portal.Security;

/// <summary>
/// A sign-on that is configured at all (a client id) is configured whole: tenant, client, a secret or
/// certificate, a provider address over https (http only for the tests' provider on loopback), and a
/// callback path the registration in Entra ID can name.
/// </summary>
public sealed class SingleSignOnOptionsCheck(IConfiguration configuration) : SettingsCheck<SingleSignOnOptions>
{
    private const string Section = SingleSignOnSetup.Section;

    protected override IEnumerable<string> Problems(SingleSignOnOptions options)
    {
        var missing = options.Missing();
        if (missing.Count > 0)
            yield return $"Single sign-on is only partly configured. Missing: {string.Join(", ", missing.Select(s => $"{Section}:{s}"))}.";
        if (!string.IsNullOrWhiteSpace(options.Instance))
        {
            var loopbackForTests = configuration.GetValue<bool>(SingleSignOnSetup.LoopbackProviderSetting);
            if (!Uri.TryCreate(options.Instance, UriKind.Absolute, out var instance))
                yield return $"{Section}:Instance must be the sign-on's address, e.g. https://login.microsoftonline.com/ (it is '{options.Instance}').";
            else if (instance.Scheme != Uri.UriSchemeHttps && !(loopbackForTests && instance.IsLoopback))
                yield return $"{Section}:Instance must use https (it is '{options.Instance}'): the sign-in's tokens travel over it.";
        }

        if (!options.CallbackPath.StartsWith('/'))
            yield return $"{Section}:CallbackPath must be a path on the portal starting with /, as registered in Entra ID (it is '{options.CallbackPath}').";
    }
}
