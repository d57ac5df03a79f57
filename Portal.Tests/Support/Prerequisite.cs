using System.Net;
using System.Net.Sockets;

namespace Portal.Tests.Support;

/// <summary>What tests that need something outside .NET (a browser, a server, a program) share.</summary>
public static class Prerequisite
{
    /// <summary>
    /// Skips the test, naming what provides the missing piece; under CI (CI=true) fails it instead, so a
    /// machine without it never passes silently.
    /// </summary>
    public static void Missing(string message)
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            Assert.Fail(message);
        Assert.Skip(message);
    }

    /// <summary>A loopback port free right now, for a server that must be told its port before it starts.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
