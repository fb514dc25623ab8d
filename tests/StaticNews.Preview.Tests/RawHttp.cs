using System.Net.Sockets;
using System.Text;

namespace StaticNews.Preview.Tests;

/// <summary>Sends a request line exactly as written (HttpClient would normalise "..", "%2e" and backslashes away).</summary>
public static class RawHttp
{
    public static async Task<(int Status, string Response)> GetAsync(Uri server, string rawTarget)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(server.Host, server.Port);
        await using var stream = client.GetStream();
        var request = $"GET {rawTarget} HTTP/1.1\r\nHost: {server.Authority}\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(Encoding.Latin1.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync().WaitAsync(TimeSpan.FromSeconds(10));
        var statusLine = response.Split("\r\n")[0];
        return (int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), response);
    }
}
