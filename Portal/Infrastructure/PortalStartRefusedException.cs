namespace Portal.Infrastructure;

/// <summary>
/// The portal refuses to start because of how it is configured (no sign-on outside Development, no
/// key-encryption certificate, a broken setting). Program ends with the message and exit code 1 instead of
/// an unhandled exception; the message names what to set.
/// </summary>
public sealed class PortalStartRefusedException : Exception
{
    public PortalStartRefusedException()
    {
    }

    public PortalStartRefusedException(string message)
        : base(message)
    {
    }

    public PortalStartRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
