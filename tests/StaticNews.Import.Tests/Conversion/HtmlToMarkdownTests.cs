using StaticNews.Generator.Diagnostics;
using StaticNews.Import.Conversion;

namespace StaticNews.Import.Tests.Conversion;

public sealed class HtmlToMarkdownTests
{
    /// <summary>Keeps links as they are and pictures where they are, and collects what the converter reports.</summary>
    private sealed class RecordingScope : IConversionScope
    {
        public List<(string Code, string Message)> Reports { get; } = [];
        public string? LinkTarget(string href) => href;
        public string ImageSource(string src) => src;
        public void Report(string code, string message) => Reports.Add((code, message));
    }

    [Fact]
    public void HTML_nested_ten_thousand_deep_becomes_plain_text_and_is_reported_without_a_crash()
    {
        // Given
        var html = string.Concat(Enumerable.Repeat("<div><blockquote>", 5_000)) + "deep <a href=\"https://example.org/\">text</a>" + string.Concat(Enumerable.Repeat("</blockquote></div>", 5_000));
        var scope = new RecordingScope();

        // When
        var markdown = new HtmlToMarkdown().Convert(html, scope);

        // Then
        Assert.Equal("deep text\n", markdown);
        Assert.Contains(scope.Reports, r => r.Code == Codes.ImportDroppedContent && r.Message.Contains("nested"));
    }

    [Theory]
    [InlineData("<p><a href=\"JaVaScRiPt:alert(1)\">x</a></p>", "x\n")]
    [InlineData("<p><a href=\"java&#9;script:alert(1)\">x</a></p>", "x\n")]
    [InlineData("<p><img src=\"data:image/png;base64,AAAA\" alt=\"a\"></p>", "\n")]
    [InlineData("<p><span onmouseover=\"steal()\">hover</span></p>", "hover\n")]
    public void Unsafe_links_pictures_and_handlers_are_left_out_and_reported(string html, string expected)
    {
        // Given
        var scope = new RecordingScope();

        // When
        var markdown = new HtmlToMarkdown().Convert(html, scope);

        // Then
        Assert.Equal(expected, markdown);
        Assert.Contains(scope.Reports, r => r.Code == Codes.ImportDroppedContent);
    }
}
