using System.Text;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Loading;

/// <summary>Files saved by Windows editors (byte order mark, CRLF, a mix of line ends, UTF-16) are fine and build exactly like plain LF files.</summary>
public sealed class LineEndingTests
{
    private const string Article = "world/harbour-reopens.md";

    public static TheoryData<string> Variants() => ["bom", "crlf", "bom+crlf", "mixed", "cr-only-lines-in-body", "utf16-bom"];

    private static byte[] Rewrite(string lf, string variant) => variant switch
    {
        "bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(lf)],
        "crlf" => Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n", StringComparison.Ordinal)),
        "bom+crlf" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(lf.Replace("\n", "\r\n", StringComparison.Ordinal))],
        "utf16-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(lf)],
        "mixed" => Encoding.UTF8.GetBytes(string.Concat(lf.Split('\n').Select((line, i) => line + (i % 2 == 0 ? "\r\n" : "\n")))[..^2]),
        _ => Encoding.UTF8.GetBytes(lf[..lf.LastIndexOf("---", StringComparison.Ordinal)] + lf[lf.LastIndexOf("---", StringComparison.Ordinal)..].Replace("\n\n", "\r\r", StringComparison.Ordinal)),
    };

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task An_article_with_windows_line_ends_or_a_byte_order_mark_builds_the_same_site_as_plain_lf(string variant)
    {
        // Given the same newsroom twice, one with the article rewritten
        using var plain = new ScratchSite();
        using var odd = new ScratchSite();
        var lf = File.ReadAllText(plain.InputPath(Article));
        odd.WriteBytes(Article, Rewrite(lf, variant));

        // When
        var plainResult = await plain.Site.BuildAsync();
        var oddResult = await odd.Site.BuildAsync();

        // Then
        Assert.True(oddResult.Succeeded, FixtureSite.Describe(oddResult.Diagnostics));
        Assert.Equal(plainResult.Diagnostics.Select(d => (d.Code, d.Line)), oddResult.Diagnostics.Select(d => (d.Code, d.Line)));
        Assert.Contains("Harbour reopens after three-day storm", odd.Site.ReadOutput("world/harbour-reopens/index.html"));
        Assert.Equal(FolderSnapshot.Of(plain.Site.Output), FolderSnapshot.Of(odd.Site.Output));
    }
}
