using System.Text.Json;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Building;

/// <summary>The French fixture site (language: fr-FR): headline, standfirst, caption and body get French quotation marks everywhere they are shown.</summary>
public sealed class SiteLanguageTypographyTests
{
    private const string Headline = "Le maire promet un \u00AB\u202Fnouveau d\u00E9part\u202F\u00BB pour le port";

    [Fact]
    public async Task A_French_site_sets_guillemets_in_the_article_page_feed_and_structured_data()
    {
        // Given
        using var site = new FixtureSite(RepositoryPaths.Fixture("valid", "french", "input"));

        // When
        var result = await site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        var page = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(site.ReadOutput("monde/le-port-rouvre/index.html"));
        Assert.Equal(Headline, page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Les quais rouvrent \u2013 enfin\u2026 apr\u00E8s l\u2019orage.", page.Body!.TextContent);
        Assert.Contains("Le quai \u00AB\u202FNord\u202F\u00BB au lever du jour", page.QuerySelector("figcaption")!.TextContent);
        Assert.Contains("\u00AB\u202FC\u2019est un nouveau d\u00E9part pour la ville\u202F\u00BB", page.QuerySelector(".story__body")!.TextContent);
        using var json = JsonDocument.Parse(page.QuerySelector("script[type='application/ld+json']")!.TextContent);
        Assert.Equal(Headline, json.RootElement.GetProperty("headline").GetString());
        Assert.Contains("<title>" + Headline + "</title>", site.ReadOutput("feed.xml"));
    }
}
