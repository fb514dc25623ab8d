using StaticNews.Corpus;
using StaticNews.Generator.Incremental;
using StaticNews.Generator.Rendering;
using StaticNews.Generator.Writing;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Incremental;

/// <summary>
/// A rebuild over the previous output reuses the pages whose key did not change: after each kind of edit an editor
/// makes, it must equal a cold build byte for byte, leave untouched files alone and render only what the edit touches.
/// </summary>
public sealed class IncrementalBuildTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private readonly TempFolder temp = new();
    private readonly string input;
    private readonly string output;

    public IncrementalBuildTests()
    {
        input = temp.Combine("input");
        CorpusWriter.Write(new CorpusGenerator(new CorpusOptions { Articles = 150, Seed = 11 }), input);
        output = temp.Combine("site", "output");
    }

    public static TheoryData<string> Edits => new()
    {
        "edit one article", "add one article", "delete one article", "change a tag", "add a tag in another script", "change authors.yml", "change a theme file", "edit front.yml",
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task An_incremental_build_equals_a_cold_build_and_leaves_unchanged_files_alone(string edit)
    {
        // Given a site built once
        var theme = ThemeCopy();
        var first = await Build(output, theme);
        Assert.True(first.Succeeded, FixtureSite.Describe(first.Diagnostics));
        var before = FolderSnapshot.Of(output);
        var times = before.Keys.ToDictionary(path => path, path => File.GetLastWriteTimeUtc(Path.Combine(output, path)));

        // When the editor makes the change and the site is built again over the previous output
        Apply(edit);
        var incremental = await Build(output, theme);

        // Then the output equals a cold build of the changed input, and only changed files have a new time
        Assert.True(incremental.Succeeded, FixtureSite.Describe(incremental.Diagnostics));
        var cold = await Build(temp.Combine("cold", "output"), theme, useCache: false);
        Assert.Equal(cold.PageCount, cold.PagesRendered);
        var after = FolderSnapshot.Of(output);
        Assert.Equal(FolderSnapshot.Of(temp.Combine("cold", "output")), after);
        Assert.All(after.Keys.Where(path => before.TryGetValue(path, out var hash) && hash == after[path]),
            path => Assert.Equal(times[path], File.GetLastWriteTimeUtc(Path.Combine(output, path))));
        if (edit == "change a theme file") Assert.Equal(incremental.PageCount, incremental.PagesRendered);
        else Assert.True(incremental.PagesRendered < incremental.PageCount / 2, $"{edit}: rendered {incremental.PagesRendered} of {incremental.PageCount} pages");
        AssertCountsMatch(before, after, incremental);
    }

    [Fact]
    public async Task Editing_front_yml_renders_the_home_page_again_with_the_new_lead_and_it_matches_a_cold_build()
    {
        // Given a site built once with the newest story leading
        var first = await Build(output, null);
        Assert.True(first.Succeeded, FixtureSite.Describe(first.Diagnostics));
        var homeBefore = File.ReadAllText(Path.Combine(output, "index.html"));

        // When an editor pins an older story as the lead in front.yml and the site is built again
        var lead = OlderStory();
        Apply("edit front.yml");
        var rebuilt = await Build(output, null);

        // Then the home page was rendered again, leads with the pinned story and equals a cold build
        Assert.True(rebuilt.Succeeded, FixtureSite.Describe(rebuilt.Diagnostics));
        var home = File.ReadAllText(Path.Combine(output, "index.html"));
        Assert.NotEqual(homeBefore, home);
        Assert.Contains($"/{lead}/", home[home.IndexOf("top-stories__lead", StringComparison.Ordinal)..home.IndexOf("top-stories__secondary", StringComparison.Ordinal)]);
        await Build(temp.Combine("cold", "output"), null, useCache: false);
        Assert.Equal(FolderSnapshot.Of(temp.Combine("cold", "output")), FolderSnapshot.Of(output));
        Assert.True(rebuilt.PagesRendered < rebuilt.PageCount / 2, $"rendered {rebuilt.PagesRendered} of {rebuilt.PageCount} pages");
    }

    [Fact]
    public async Task A_cold_build_reports_every_file_changed_and_a_rebuild_without_edits_reports_none()
    {
        // Given a site built once into an empty folder
        var cold = await Build(output, null);
        var files = FolderSnapshot.Of(output).Count;

        // When it is built again with nothing edited
        var again = await Build(output, null);

        // Then the cold build changed every file and the rebuild none, leaving all of them as they were
        Assert.Equal((files, 0, 0), (cold.FilesChanged, cold.FilesRemoved, cold.FilesUnchanged));
        Assert.Equal((0, 0, files), (again.FilesChanged, again.FilesRemoved, again.FilesUnchanged));
    }

    /// <summary>The summary counts agree with the bytes on disk: a file changed when it is new, differs or is gone.</summary>
    private static void AssertCountsMatch(SortedDictionary<string, string> before, SortedDictionary<string, string> after, BuildResult result)
    {
        var removed = before.Keys.Count(path => !after.ContainsKey(path));
        var unchanged = after.Count(file => before.GetValueOrDefault(file.Key) == file.Value);
        Assert.Equal((after.Count - unchanged + removed, removed, unchanged), (result.FilesChanged, result.FilesRemoved, result.FilesUnchanged));
    }

    [Fact]
    public async Task Editing_one_article_renders_only_pages_that_show_it_or_whose_related_blocks_moved()
    {
        // Given a built site
        await Build(output, null);
        var before = FolderSnapshot.Of(output);
        var article = ArticleFiles().First();
        var url = "/" + Path.GetRelativePath(input, article).Replace('\\', '/')[..^".md".Length] + "/";

        // When one article's body changes
        File.AppendAllText(article, "\nA late paragraph from the quay.\n");
        var result = await Build(output, null);

        // Then the pages rendered again are those that show it (its page, lists, related blocks) or whose bytes changed
        // (its new words can move another story's related block)
        var after = FolderSnapshot.Of(output);
        var touched = after.Keys.Where(path => path.EndsWith(".html", StringComparison.Ordinal))
            .Count(path => before.GetValueOrDefault(path) != after[path] || File.ReadAllText(Path.Combine(output, path)).Contains($"\"{url}\"", StringComparison.Ordinal));
        Assert.True(result.PagesRendered >= 1 && result.PagesRendered <= touched, $"rendered {result.PagesRendered} pages; {touched} show {url} or changed");
        Assert.True(touched < result.PageCount / 10, $"{touched} of {result.PageCount} pages touched by one edit");
    }

    [Fact]
    public async Task A_rebuild_with_nothing_changed_renders_no_page_and_no_cache_renders_them_all()
    {
        await Build(output, null);

        var warm = await Build(output, null);
        var cold = await Build(output, null, useCache: false);

        Assert.Equal(0, warm.PagesRendered);
        Assert.Equal(cold.PageCount, cold.PagesRendered);
    }

    [Fact]
    public async Task A_page_changed_by_hand_in_the_output_is_rendered_again()
    {
        // Given a built site whose home page someone edited in the output folder
        await Build(output, null);
        var home = Path.Combine(output, "index.html");
        var original = File.ReadAllText(home);
        File.WriteAllText(home, original.Replace("</body>", "<p>hand edit</p></body>", StringComparison.Ordinal));

        // When the site is built again
        var result = await Build(output, null);

        // Then the page is rendered again and the hand edit is gone
        Assert.Equal(1, result.PagesRendered);
        Assert.Equal(original, File.ReadAllText(home));
    }

    [Fact]
    public async Task A_page_reused_by_one_rebuild_is_reused_by_the_next_and_a_hand_edit_after_it_is_still_caught()
    {
        // Given a site built, then rebuilt with nothing changed (every page reused, its stamp carried over)
        await Build(output, null);
        var reused = await Build(output, null);
        var home = Path.Combine(output, "index.html");
        var original = File.ReadAllText(home);

        // When it is rebuilt again, then once more after a hand edit to the home page
        var again = await Build(output, null);
        File.WriteAllText(home, original.Replace("</body>", "<p>hand edit</p></body>", StringComparison.Ordinal));
        var afterEdit = await Build(output, null);

        // Then the carried-over stamps still describe the files: nothing is rendered, then only the edited page
        Assert.Equal(0, reused.PagesRendered);
        Assert.Equal(0, again.PagesRendered);
        Assert.Equal(1, afterEdit.PagesRendered);
        Assert.Equal(original, File.ReadAllText(home));
    }

    [Fact]
    public async Task A_reused_page_linking_to_a_deleted_article_is_still_reported()
    {
        // Given an article whose body links to another by its address, and a built site
        var target = ArticleFiles().Last();
        var targetUrl = "/" + Path.GetRelativePath(input, target).Replace('\\', '/')[..^".md".Length] + "/";
        var linking = ArticleFiles().First();
        File.AppendAllText(linking, $"\nSee [the earlier story]({targetUrl}).\n");
        Assert.True((await Build(output, null)).Succeeded);

        // When the linked article is deleted, so the linking page itself does not change
        File.Delete(target);
        var result = await Build(output, null);

        // Then the broken link is reported and the previous output stays
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == StaticNews.Generator.Diagnostics.Codes.BrokenInternalLink && d.Message.Contains(targetUrl, StringComparison.Ordinal));
        Assert.True(File.Exists(Path.Combine(output, targetUrl.Trim('/'), "index.html")));
    }

    [Fact]
    public async Task A_damaged_manifest_means_a_cold_build()
    {
        await Build(output, null);
        File.WriteAllText(BuildManifest.PathFor(new OutputFolder(output)), "{ not json");

        var result = await Build(output, null);

        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.Equal(result.PageCount, result.PagesRendered);
    }

    private Task<BuildResult> Build(string to, SiteTheme? theme, bool useCache = true) =>
        new SiteGenerator(theme: theme).BuildAsync(new BuildOptions { InputDirectory = input, OutputDirectory = to, Now = Now, UseCache = useCache });

    private IEnumerable<string> ArticleFiles() =>
        Directory.EnumerateFiles(input, "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    /// <summary>A story well down the newest-first order, so pinning it changes the lead.</summary>
    private string OlderStory() =>
        ArticleFiles().Select(path => (Slug: Path.GetFileNameWithoutExtension(path), Date: File.ReadLines(path).First(line => line.StartsWith("date:", StringComparison.Ordinal))))
            .OrderBy(story => story.Date, StringComparer.Ordinal).ThenBy(story => story.Slug, StringComparer.Ordinal).First().Slug;

    private string ThemeFolder => temp.Combine("theme-assets");

    /// <summary>The compiled-in components with assets read from a folder the test can edit.</summary>
    private SiteTheme ThemeCopy()
    {
        foreach (var path in SiteTheme.CompiledIn.AssetPaths)
        {
            var target = Path.Combine(ThemeFolder, path["assets/".Length..]);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            using var source = SiteTheme.CompiledIn.OpenAsset(path);
            using var copy = File.Create(target);
            source.CopyTo(copy);
        }
        return SiteTheme.CompiledIn.WithAssetsFrom(ThemeFolder);
    }

    private void Apply(string edit)
    {
        var first = ArticleFiles().First();
        switch (edit)
        {
            case "edit one article":
                File.AppendAllText(first, "\nA late paragraph from the quay.\n");
                break;
            case "add one article":
                File.WriteAllText(Path.Combine(Path.GetDirectoryName(first)!, "quay-lights-restored.md"),
                    "---\ntitle: \"Quay lights restored\"\ndate: 2026-03-20T08:00:00Z\nsection: " + Path.GetFileName(Path.GetDirectoryName(first)) + "\ntags: [harbour]\n---\n\nThe quay lights are back.\n");
                break;
            case "delete one article":
                File.Delete(ArticleFiles().Skip(7).First());
                break;
            case "change a tag":
                var text = File.ReadAllText(first);
                var tags = text.IndexOf("tags: [", StringComparison.Ordinal) + "tags: [".Length;
                File.WriteAllText(first, text[..tags] + "lighthouses, " + text[tags..]);
                break;
            case "add a tag in another script":
                var original = File.ReadAllText(first);
                var list = original.IndexOf("tags: [", StringComparison.Ordinal) + "tags: [".Length;
                File.WriteAllText(first, original[..list] + "Πολιτική, 経済, " + original[list..]);
                break;
            case "change authors.yml":
                var authors = Path.Combine(input, "authors.yml");
                File.WriteAllText(authors, File.ReadAllText(authors).Replace("role: \"world reporter\"", "role: \"world correspondent\"", StringComparison.Ordinal));
                break;
            case "edit front.yml":
                File.WriteAllText(Path.Combine(input, "front.yml"), $"lead: {OlderStory()}\n");
                break;
            case "change a theme file":
                File.AppendAllText(Path.Combine(ThemeFolder, "css", "site.css"), "\n.hand-tuned { color: inherit; }\n");
                break;
        }
    }

    public void Dispose() => temp.Dispose();
}
