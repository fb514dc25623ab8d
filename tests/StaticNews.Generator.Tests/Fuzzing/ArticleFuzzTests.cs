using System.Net;
using System.Text.RegularExpressions;
using System.Runtime.Versioning;
using CsCheck;
using Mono.Unix.Native;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;
using StaticNews.Generator.Markdown;
using StaticNews.Generator.Tests.Loading;
using StaticNews.Model;
using StaticNews.TestSupport;

namespace StaticNews.Generator.Tests.Fuzzing;

/// <summary>
/// Property-based tests: thousands of hostile articles go through Load and Build in memory, and some hundred through
/// a whole build to disk. None may throw, and none may write outside the output folder.
/// </summary>
public sealed partial class ArticleFuzzTests
{
    private const long InMemoryCases = 4000;
    private const long WholeBuildCases = 60;
    private const long ShapeCases = 40;

    private static readonly InputFolder Input = InputFolder.From(RepositoryPaths.Fixture("valid", "newsroom", "input"));
    private static readonly SiteConfig Config = new()
    {
        Name = "Fuzz Gazette",
        BaseUrl = new Uri("https://fuzz.example.org/"),
        Language = "en-GB",
        TimeZone = TimeZoneInfo.Utc,
        Sections = [new Section("world", "World", null, "/world/")],
    };
    private static readonly Dictionary<string, Author> Authors = new(StringComparer.Ordinal)
    {
        ["ana-lima"] = new Author("ana-lima", "Ana Lima", null, null, "/authors/ana-lima/"),
    };
    private static readonly Dictionary<string, LinkTarget> Targets = new(StringComparer.Ordinal)
    {
        ["harbour-reopens"] = new LinkTarget("/world/harbour-reopens/", "Harbour reopens"),
    };

    [Fact]
    public void Hostile_front_matter_and_markdown_never_throw_and_never_yield_a_script_or_unsafe_link()
    {
        Gen.Select(Gen.OneOf<string>(HostileText.FrontMatter, HostileText.MostlyValidFrontMatter), HostileText.Markdown)
            .Sample((frontMatter, body) => LoadBuildAndRender($"---\n{frontMatter}\n---\n{body}"),
                iter: InMemoryCases, threads: 1);
    }

    [Fact]
    public void Hostile_story_elements_never_throw_and_only_ever_offer_https_frames_of_known_providers()
    {
        Gen.Select(HostileText.StoryElements, HostileText.Markdown)
            .Sample((elements, body) =>
            {
                var html = LoadBuildAndRender($"---\ntitle: \"Fuzzed\"\ndate: 2026-03-18\nsection: world\nauthors: [ana-lima]\n---\n{elements}\n\n{body}");
                foreach (Match frame in FrameAddress().Matches(html))
                    Assert.Matches(KnownFrame(), WebUtility.HtmlDecode(frame.Groups[1].Value));
                Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
            }, iter: InMemoryCases, threads: 1);
    }

    [GeneratedRegex("data-embed-src=\"([^\"]*)\"")]
    private static partial Regex FrameAddress();

    /// <summary>The frame hosts of the known providers, or an https .mp3 (an audio element, not a frame): nothing else may be offered.</summary>
    [GeneratedRegex("^https://((www\\.youtube-nocookie\\.com|player\\.vimeo\\.com|platform\\.twitter\\.com|embed\\.bsky\\.app|www\\.instagram\\.com|www\\.tiktok\\.com|www\\.facebook\\.com|datawrapper\\.dwcdn\\.net|flo\\.uri\\.sh|www\\.openstreetmap\\.org|w\\.soundcloud\\.com|open\\.spotify\\.com|embed\\.documentcloud\\.org)/[A-Za-z0-9/?=&%._,:-]*|[^\\s\"<>]+\\.mp3)$")]
    private static partial Regex KnownFrame();

    [Fact]
    public void Hostile_whole_files_never_throw()
    {
        Gen.OneOf<string>(HostileText.Markdown, HostileText.FrontMatter.Select(f => "---\n" + f))
            .Sample(text => LoadBuildAndRender(text), iter: InMemoryCases, threads: 1);
    }

    [Fact]
    public void A_whole_build_of_a_hostile_article_writes_only_its_output_folder_and_never_touches_the_input()
    {
        Gen.Select(HostileText.MostlyValidFrontMatter, HostileText.Markdown).Sample((frontMatter, body) =>
        {
            // Given
            using var scratch = new ScratchSite();
            scratch.Write("world/fuzzed.md", $"---\n{frontMatter}\n---\n{body}");
            var before = FolderSnapshot.Of(scratch.Input);
            var neighbours = Path.GetDirectoryName(scratch.Site.Output)!;

            // When
            var result = scratch.Site.BuildAsync().GetAwaiter().GetResult();

            // Then
            Assert.Equal(before, FolderSnapshot.Of(scratch.Input));
            // Beside the output only the build's own files may appear: its lock, its schedule and its page manifest.
            Assert.Equal(result.Succeeded ? [".staticnews/cache,.staticnews/next-change.json,.staticnews/output.lock", "output"] : [".staticnews/output.lock"],
                Directory.EnumerateFileSystemEntries(neighbours).Select(Path.GetFileName).Order(StringComparer.Ordinal)
                    .Select(name => name == ".staticnews" ? string.Join(",", Directory.EnumerateFileSystemEntries(Path.Combine(neighbours, name)).Select(f => ".staticnews/" + Path.GetFileName(f)).Order(StringComparer.Ordinal)) : name));
            Assert.All(result.Diagnostics, d => Assert.DoesNotContain("   at ", d.Message));
        }, iter: WholeBuildCases, threads: 1);
    }

    [Fact]
    public void A_whole_build_of_an_article_with_a_hostile_file_name_never_throws_and_never_touches_the_input()
    {
        Gen.Select(HostileText.FileName, HostileText.MostlyValidFrontMatter).Sample((name, frontMatter) =>
        {
            // Given an article whose file name holds controls, bidi controls, noncharacters or lone surrogates
            using var scratch = new ScratchSite();
            try
            {
                scratch.Write($"world/{name}.md", $"---\n{frontMatter}\n---\nBody.\n");
            }
            catch (Exception ex) when (ex is IOException or ArgumentException)
            {
                return; // a name this file system does not take cannot be an input
            }
            var before = FolderSnapshot.Of(scratch.Input);

            // When
            var result = scratch.Site.BuildAsync().GetAwaiter().GetResult();

            // Then
            Assert.Equal(before, FolderSnapshot.Of(scratch.Input));
            Assert.All(result.Diagnostics, d => Assert.DoesNotContain("   at ", d.Message));
            Assert.All(result.Diagnostics, d => Assert.Equal(-1, TextCharacters.IndexOfRefused(d.Path + d.Message)));
        }, iter: WholeBuildCases, threads: 1);
    }

    /// <summary>Where a file-system shape is planted: an article, a picture, both settings files.</summary>
    private static readonly string[] ShapePlaces = ["world/fuzzed.md", "images/fuzzed.png", "images/harbour.svg", "site.yml", "authors.yml"];

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public void A_whole_build_beside_any_file_system_shape_ends_in_an_error_at_it_and_never_touches_the_input()
    {
        Gen.Select(Gen.Int[0, FileSystemShape.All.Count - 1], Gen.Int[0, ShapePlaces.Length - 1], HostileText.MostlyValidFrontMatter).Sample((shapeIndex, placeIndex, frontMatter) =>
        {
            // Given a hostile article and one file-system shape planted where a file is read
            var (shape, place) = (FileSystemShape.All[shapeIndex], ShapePlaces[placeIndex]);
            using var scratch = new ScratchSite();
            scratch.Write("world/hostile.md", $"---\n{frontMatter}\n---\nBody.");
            using var planted = shape.Plant(scratch.InputPath(place), scratch.Outside);
            var before = EntriesOf(scratch.Input);

            // When
            var result = scratch.Site.BuildAsync().WaitAsync(TimeSpan.FromMinutes(2)).GetAwaiter().GetResult();

            // Then
            Assert.Equal(before, EntriesOf(scratch.Input));
            Assert.False(result.Succeeded, $"{shape} at {place}");
            Assert.Contains(result.Diagnostics, d => d.Code == shape.ExpectedCode
                && (d.Path.EndsWith(place, StringComparison.Ordinal) || d.Message.Contains($"'{place}'", StringComparison.Ordinal)));
            Assert.All(result.Diagnostics, d => Assert.DoesNotContain("   at ", d.Message));
            Assert.False(Directory.Exists(scratch.Site.Output));
        }, iter: ShapeCases, threads: 1);
    }

    /// <summary>Every entry of a folder as it is on disk, links and special files included; only small regular files are read (a pipe would block).</summary>
    private static SortedDictionary<string, string> EntriesOf(string folder) => new(
        new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            .ToDictionary(entry => Path.GetRelativePath(folder, entry.FullName), entry =>
            {
                Assert.Equal(0, Syscall.lstat(entry.FullName, out var status));
                var plainFile = (status.st_mode & FilePermissions.S_IFMT) == FilePermissions.S_IFREG
                    && (status.st_mode & FilePermissions.S_IRUSR) != 0 && status.st_size < 1 << 20;
                return plainFile
                    ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(entry.FullName)))
                    : $"{status.st_mode} {status.st_size} {entry.LinkTarget}";
            }),
        StringComparer.Ordinal);

    private static string LoadBuildAndRender(string text)
    {
        var diagnostics = new DiagnosticBag();
        var pipeline = ArticleMarkdown.CreatePipeline();
        var document = new ContentLoader(diagnostics).ParseDocument(text, "world/fuzzed.md", "input/world/fuzzed.md", pipeline);
        if (document is null)
        {
            Assert.True(diagnostics.HasErrors, "a file that is not loaded must say why");
            return "";
        }
        new ArticleBuilder(Config, Authors, Input, diagnostics).Build(document);
        var html = new BodyRenderer(pipeline, Targets, "/", path => InputPaths.Exists(Input, path), diagnostics).Render(document.Markdown, document.DisplayPath);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch("(?i)(href|src)=\"\\s*(javascript|vbscript|data):", html);
        return html;
    }
}
