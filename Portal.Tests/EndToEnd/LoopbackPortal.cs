using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Portal.Tests.EndToEnd;

/// <summary>The portal on Kestrel on a free loopback port, for a real browser to talk to.</summary>
public sealed class LoopbackPortal : IAsyncDisposable
{
    private readonly PortalHost _host;

    private LoopbackPortal(PortalHost host, Uri address)
    {
        _host = host;
        Address = address;
    }

    public Uri Address { get; }

    public string DatabasePath => _host.DatabasePath;

    /// <summary>Starts the portal on <paramref name="port"/>, or on any free port with 0.</summary>
    public static LoopbackPortal Start(PortalHost? host = null, int port = 0)
    {
        host ??= new PortalHost();
        host.UseKestrel(options => options.Listen(IPAddress.Loopback, port));
        host.StartServer();
        var addresses = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        return new LoopbackPortal(host, new Uri(addresses.First()));
    }

    public string Url(string path) => new Uri(Address, path).ToString();

    public ValueTask DisposeAsync() => _host.DisposeAsync();
}
