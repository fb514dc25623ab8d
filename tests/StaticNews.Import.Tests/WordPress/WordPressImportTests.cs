using StaticNews.Generator.Diagnostics;
using StaticNews.Import.WordPress;
using StaticNews.TestSupport;

namespace StaticNews.Import.Tests.WordPress;

public sealed class WordPressImportTests : IDisposable
{
    private static readonly string Export = RepositoryPaths.Fixture("import", "wordpress", "export.xml");
    private static readonly string Uploads = RepositoryPaths.Fixture("import", "wordpress", "uploads");

    private readonly ImportedFolder folder = new();

    private ImportReport Import(bool force = false) =>
        new WordPressImporter().Import(folder.Request(Export) with { Uploads = Uploads, Force = force });

    private static IEnumerable<string> Messages(ImportReport report, string code) =>
        report.Diagnostics.Where(d => d.Code == code).Select(d => d.Message);

    [Fact]
    public async Task Imported_export_builds_with_no_errors()
    {
        // Given
        var report = Import();

        // When
        var diagnostics = await folder.BuildAsync();

        // Then
        Assert.True(report.Succeeded, string.Join("\n", report.Diagnostics));
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Theory]
    [InlineData("2024/03/harbour-reopens/", "/harbour/harbour-reopens/")]
    [InlineData("2024/03/quay-repairs/", "/harbour/quay-repairs/")]
    [InlineData("2024/03/Harbour_Reopens/", "/harbour/harbour-reopens-2/")]
    public async Task Every_old_permalink_path_has_a_redirect_page_to_its_article(string oldPath, string article)
    {
        // Given
        Import();

        // When
        await folder.BuildAsync();

        // Then
        Assert.Contains($"url=https://gazette.example.com{article}\"", folder.Page(oldPath));
        Assert.True(File.Exists(Path.Combine(folder.Output, article.Trim('/'), "index.html")));
    }

    [Fact]
    public void Links_between_posts_become_xref_links_by_address_and_by_post_id()
    {
        // When
        Import();

        // Then
        var body = folder.Read("harbour/harbour-reopens.md");
        Assert.Contains("[repair story](xref:quay-repairs)", body);
        Assert.Contains("[our earlier report](xref:quay-repairs)", body);
        Assert.Contains("[months of work](xref:harbour-reopens)", folder.Read("harbour/quay-repairs.md"));
    }

    [Fact]
    public void A_link_to_a_draft_keeps_its_text_and_is_reported()
    {
        // When
        var report = Import();

        // Then
        Assert.Contains("See also the budget draft.", folder.Read("harbour/harbour-reopens.md"));
        Assert.Contains(Messages(report, Codes.ImportLinkNotKept), m => m.Contains("'Budget draft'") && m.Contains("draft"));
    }

    [Fact]
    public void Drafts_private_and_scheduled_posts_keep_their_state_and_date()
    {
        // When
        Import();

        // Then
        var draft = folder.Read("town/budget-draft.md");
        Assert.Contains("draft: true", draft);
        Assert.Contains("date: 2024-03-14T09:00:00\n", draft);
        Assert.Contains("draft: true", folder.Read("town/staff-notes.md"));
        var scheduled = folder.Read("town/regatta-preview.md");
        Assert.Contains("date: 2030-06-01T09:00:00Z", scheduled);
        Assert.DoesNotContain("draft:", scheduled);
    }

    [Fact]
    public void Front_matter_has_section_tags_authors_summary_and_featured_image()
    {
        // When
        Import();

        // Then
        var article = folder.Read("harbour/harbour-reopens.md");
        Assert.StartsWith("---\ntitle: \"Harbour reopens after the storm\"\ndate: 2024-03-12T08:30:00Z\nsection: harbour\n", article);
        Assert.Contains("summary: \"Ferries run again after three days of gales.\"", article);
        Assert.Contains("authors: [\"alice\"]", article);
        Assert.Contains("tags: [\"Ferries\", \"Storms\"]", article);
        Assert.Contains("image: {src: \"images/2024/03/harbour.png\", alt: \"The harbour entrance\", caption: \"The harbour entrance at dawn.\"}", article);
        Assert.Contains("aliases: [\"2024/03/harbour-reopens/\"]", article);
        Assert.Contains("title: \"Quay repairs to take \u201Cmonths\u201D\"", folder.Read("harbour/quay-repairs.md"));
        Assert.Contains("tags: [\"Ferries\", \"Town\"]", folder.Read("harbour/quay-repairs.md"));
        Assert.Contains("- slug: alice\n  name: \"Alice Mbeki\"\n- slug: bob-k\n  name: \"Bob Kowalski\"", folder.Read("authors.yml"));
        Assert.Contains("  - slug: harbour\n    name: \"Harbour & Shipping\"", folder.Read("site.yml"));
    }

    [Fact]
    public void Scripts_event_handlers_and_javascript_links_are_left_out_and_reported()
    {
        // When
        var report = Import();

        // Then
        var body = folder.Read("harbour/harbour-reopens.md");
        Assert.DoesNotContain("script", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("alert", body);
        Assert.DoesNotContain("steal", body);
        Assert.Contains("Read the timetable or [share](#).", body);
        var dropped = Messages(report, Codes.ImportDroppedContent).ToList();
        Assert.Contains(dropped, m => m.Contains("<script>"));
        Assert.Contains(dropped, m => m.Contains("javascript: link on 'timetable'"));
        Assert.Contains(dropped, m => m.Contains("onclick"));
        Assert.Contains(Messages(report, Codes.ImportUnknownShortcode), m => m.Contains("[contact-form-7]"));
    }

    [Fact]
    public void Embeds_from_shortcodes_bare_addresses_and_blocks_become_embed_elements()
    {
        // When
        Import();

        // Then
        Assert.Contains("::: embed https://www.youtube.com/watch?v=dQw4w9WgXcQ\n:::", folder.Read("harbour/harbour-reopens.md"));
        Assert.Contains("::: embed https://vimeo.com/76979871\n:::", folder.Read("harbour/harbour-reopens.md"));
        Assert.Contains("::: embed https://twitter.com/harbourmaster/status/1234567890\n:::", folder.Read("harbour/quay-repairs.md"));
    }

    [Fact]
    public void Captions_become_a_picture_and_its_caption_and_a_gallery_its_pictures_with_a_report()
    {
        // When
        var report = Import();

        // Then
        Assert.Contains("![Cranes at the quay](images/2024/03/cranes.png)\n\n*Cranes at the container quay on Monday.*", folder.Read("harbour/harbour-reopens.md"));
        var repairs = folder.Read("harbour/quay-repairs.md");
        Assert.Contains("![The quay at night](images/2024/03/quay-night.png)\n\n*The north quay after the storm.*", repairs);
        Assert.Contains("![Cranes](images/2024/03/cranes.png)\n\n*Cranes idle.*\n\n![Boats](images/2024/03/boats.png)\n\n*Boats back in the bay.*", repairs);
        Assert.Contains(report.Diagnostics, d => d.Code == Codes.ImportGallery && d.Message.StartsWith("post 11 'quay-repairs'"));
        Assert.True(folder.Exists("images/2024/03/quay-night.png"));
    }

    [Fact]
    public void Headings_lists_quotes_and_tables_become_Markdown_and_markup_like_text_stays_text()
    {
        // When
        Import();

        // Then
        var body = folder.Read("harbour/quay-repairs.md");
        Assert.Contains("\n## What was damaged\n", body);
        Assert.Contains("- North quay: closed\n- South quay: open, with **limits**", body);
        Assert.Contains("> We will rebuild it stronger.\n>\n> *The harbour master*", body);
        Assert.Contains("| Berth | Status |\n| --- | --- |\n| 1 | Open |\n| 5 | Closed \\| damaged |", body);
        Assert.Contains("\\* Not a list, # not a heading, 1. not a number & \\[not a link\\](x).", body);
    }

    [Fact]
    public void Pages_menu_items_and_sticky_posts_are_counted_and_reported()
    {
        // When
        var report = Import();

        // Then
        var counts = report.Counts.ToDictionary(c => c.Key, c => c.Value);
        Assert.Equal(1, counts["pages skipped"]);
        Assert.Equal(1, counts["skipped: nav_menu_item"]);
        Assert.Equal(3, counts["attachments"]);
        Assert.Equal(6, counts["articles written"]);
        Assert.Equal(1, counts["sticky"]);
        Assert.Contains(Messages(report, Codes.ImportSkippedItem), m => m.StartsWith("page 20 'about' is skipped"));
        Assert.Contains(Messages(report, Codes.ImportSticky), m => m.StartsWith("post 10 'harbour-reopens'"));
        Assert.Contains(report.Unrouted, u => u.Key == "?p=11" && u.Value == "harbour/quay-repairs/");
    }

    [Fact]
    public void A_slug_collision_gets_a_suffix_and_a_report_line()
    {
        // When
        var report = Import();

        // Then
        Assert.True(folder.Exists("harbour/harbour-reopens-2.md"));
        Assert.Contains(Messages(report, Codes.ImportSlugChanged), m => m.Contains("'Harbour_Reopens' gets the slug 'harbour-reopens-2'"));
    }

    [Fact]
    public void A_second_import_without_force_writes_nothing_and_names_every_file_it_would_replace()
    {
        // Given
        Import();
        File.WriteAllText(Path.Combine(folder.Input, "harbour", "quay-repairs.md"), "edited by hand");
        var before = folder.Snapshot();

        // When
        var report = Import();

        // Then
        Assert.False(report.Succeeded);
        Assert.Equal(before, folder.Snapshot());
        Assert.Contains(report.Diagnostics, d => d.Code == Codes.ImportWouldOverwrite && d.Path.EndsWith("quay-repairs.md", StringComparison.Ordinal));
        Assert.Contains(report.Diagnostics, d => d.Code == Codes.ImportWouldOverwrite && d.Path.EndsWith("site.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void Importing_twice_with_force_gives_the_same_files_and_lists_what_it_replaced()
    {
        // Given
        Import();
        var first = folder.Snapshot();

        // When
        var report = Import(force: true);

        // Then
        Assert.Equal(first, folder.Snapshot());
        Assert.Contains("harbour/quay-repairs.md", report.Replaced);
        Assert.Contains(report.Diagnostics, d => d.Code == Codes.ImportReplacedFile);
    }

    public void Dispose() => folder.Dispose();
}
