using System.Net.Sockets;
using System.Text;

namespace StaticNews.Preview.Tests;

/// <summary>Sends a request exactly as written (HttpClient would normalise "..", "%2e", backslashes and the Host header away).</summary>
public static class RawHttp
{
    public static Task<(int Status, string Response)> GetAsync(Uri server, string rawTarget) =>
        SendAsync(server, "GET", rawTarget, server.Authority);

    /// <param name="host">The Host header's value; null sends none.</param>
    public static async Task<(int Status, string Response)> SendAsync(Uri server, string method, string rawTarget, string? host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var hostLine = host is null ? "" : $"Host: {host}\r\n";
        var request = $"{method} {rawTarget} HTTP/1.1\r\n{hostLine}Content-Length: 0\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var statusLine = response.Split("\r\n")[0];
        return (int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }
}
