using System.Net;
using System.Net.NetworkInformation;

namespace StaticNews.Preview.Serving;

/// <summary>
/// The host names the preview answers to. Anything else is refused, so a web page whose own name was pointed at
/// this machine (DNS rebinding) cannot read the preview, drafts included.
/// </summary>
public static class PreviewHosts
{
    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "[::1]"];

    /// <summary>
    /// For a loopback address, the loopback names; for a given address, that address; for every address (0.0.0.0, ::),
    /// the loopback names, this machine's host name and the addresses of its network interfaces. Ports are not compared.
    /// </summary>
    public static IReadOnlyList<string> For(string host)
    {
        if (host == "localhost") return Loopback;
        var address = IPAddress.Parse(host);
        if (IPAddress.IsLoopback(address)) return Loopback;
        if (!address.Equals(IPAddress.Any) && !address.Equals(IPAddress.IPv6Any)) return [Name(address)];
        var machine = Dns.GetHostName();
        return Loopback.Concat([machine, machine + ".local"])
            .Concat(NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(network => network.GetIPProperties().UnicastAddresses)
                .Select(unicast => Name(unicast.Address)))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    /// <summary>An address as it appears in a Host header: IPv6 in brackets, without a zone.</summary>
    private static string Name(IPAddress address)
    {
        if (address.AddressFamily != System.Net.Sockets.AddressFamily.InterNetworkV6) return address.ToString();
        var withoutZone = new IPAddress(address.GetAddressBytes());
        return $"[{withoutZone}]";
    }
}
