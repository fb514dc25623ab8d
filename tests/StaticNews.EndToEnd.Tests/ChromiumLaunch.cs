using Microsoft.Playwright;

namespace StaticNews.EndToEnd.Tests;

/// <summary>How the browser tests start the machine's Chromium (/usr/bin/chromium): headless, and quiet on the network by itself.</summary>
public static class ChromiumLaunch
{
    public static BrowserTypeLaunchOptions Options { get; } = new()
    {
        ExecutablePath = "/usr/bin/chromium",
        Headless = true,
        Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    };
}
