using System.Runtime.Versioning;
using StaticNews.Generator.Diagnostics;
using StaticNews.Generator.Loading;

namespace StaticNews.Generator.Tests.Loading;

/// <summary>
/// Every file-system shape (<see cref="FileSystemShape"/>) in every place the build reads a file ends in one clear
/// error naming the path: no exception, no hang, no output, nothing left beside the output. Made at run time because
/// git holds neither pipes, sockets, permissions nor 2 GiB files. Tests run as root, who may read any file: the
/// policy checks the permission bits itself, so "nobody may read" is refused for root too.
/// </summary>
[UnsupportedOSPlatform("windows")]
public sealed class InputFileSystemTests
{
    /// <summary>
    /// Where the build reads a file: an article, both settings files, a referenced and an unreferenced picture. A
    /// referenced picture is refused at the line that names it, the others at their own path.
    /// </summary>
    private static readonly string[] Places = ["world/shape.md", "site.yml", "authors.yml", "images/harbour.svg", "images/unreferenced.png"];

    /// <summary>A guard against a regression that hangs the build on a pipe; a passing build takes a second or two.</summary>
    private static readonly TimeSpan HangGuard = TimeSpan.FromMinutes(2);

    public static TheoryData<string, string> ShapesInPlaces()
    {
        var data = new TheoryData<string, string>();
        foreach (var shape in FileSystemShape.All)
        foreach (var place in Places)
        {
            // A real folder under images/ that nothing names is just a folder: its files are published as usual.
            if (shape.Name == "folder" && place == "images/unreferenced.png") continue;
            data.Add(shape.Name, place);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(ShapesInPlaces))]
    public async Task Every_file_system_shape_where_a_file_is_read_is_an_error_naming_the_path(string shapeName, string place)
    {
        // Given
        var shape = FileSystemShape.All.Single(s => s.Name == shapeName);
        using var scratch = new ScratchSite();
        using var planted = shape.Plant(scratch.InputPath(place), scratch.Outside);

        // When
        var result = await scratch.Site.BuildAsync().WaitAsync(HangGuard);

        // Then
        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.IsError && d.Code == shape.ExpectedCode
            && (d.Path.EndsWith(place, StringComparison.Ordinal) || d.Message.Contains($"'{place}'", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(scratch.Site.Output));
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(scratch.Site.Output)!), entry => Path.GetFileName(entry).StartsWith(".output", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_section_folder_nobody_may_read_is_an_error_not_a_silent_loss_of_its_articles()
    {
        // Given
        using var scratch = new ScratchSite();
        File.SetUnixFileMode(scratch.InputPath("world"), UnixFileMode.None);

        // When
        var result = await scratch.Site.BuildAsync();
        File.SetUnixFileMode(scratch.InputPath("world"), UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(Codes.InputNotReadable, error.Code);
        Assert.EndsWith("input/world", error.Path, StringComparison.Ordinal);
        Assert.Contains("chmod a+rx", error.Message);
    }

    [Fact]
    public async Task A_folder_named_like_an_article_is_an_error()
    {
        // Given
        using var scratch = new ScratchSite();
        Directory.CreateDirectory(scratch.InputPath("world/notes.md"));

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(Codes.NotARegularFile, error.Code);
        Assert.EndsWith("world/notes.md", error.Path, StringComparison.Ordinal);
        Assert.Contains("is a folder", error.Message);
    }

    [Fact]
    public async Task An_empty_picture_is_an_error()
    {
        // Given
        using var scratch = new ScratchSite();
        scratch.WriteBytes("images/empty.jpg", []);

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal((Codes.EmptyImage, true), (error.Code, error.Path.EndsWith("images/empty.jpg", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Links_that_stay_inside_the_input_folder_are_read_like_the_files_they_point_to()
    {
        // Given an article and a picture that are relative links to files inside the input
        using var scratch = new ScratchSite();
        scratch.Write("world/original.md", ScratchSite.Article("The original."));
        File.CreateSymbolicLink(scratch.InputPath("world/linked-copy.md"), "original.md");
        File.CreateSymbolicLink(scratch.InputPath("images/also-harbour.svg"), "harbour.svg");

        // When
        var result = await scratch.Site.BuildAsync();

        // Then
        Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        Assert.True(scratch.Site.OutputExists("world/linked-copy/index.html"));
        Assert.True(scratch.Site.OutputExists("images/also-harbour.svg"));
    }

    [Fact]
    public void A_file_removed_after_it_was_listed_is_refused_with_a_build_again_hint()
    {
        // Given a file listed, then removed
        using var scratch = new ScratchSite();
        var input = InputFolder.From(scratch.Input);
        Assert.Contains("world/harbour-reopens.md", input.Files("*.md"));
        File.Delete(scratch.InputPath("world/harbour-reopens.md"));
        byte[]? buffer = null;

        // When
        var refusal = InputReadPolicy.ReadAll(input, "world/harbour-reopens.md", ref buffer, out _);

        // Then
        Assert.Equal(Codes.InputVanished, refusal?.Code);
        Assert.Contains("Build again", refusal!.Message);
    }

    [Fact]
    public void A_file_that_grows_past_the_limit_while_it_is_read_is_refused()
    {
        // Given a file that passed the size check, then grew
        using var scratch = new ScratchSite();
        var input = InputFolder.From(scratch.Input);
        var path = scratch.Write("world/growing.md", "---\n");
        Assert.Null(InputReadPolicy.Check(input, "world/growing.md"));
        byte[]? buffer = null;
        using (var file = new FileStream(path, FileMode.Open)) file.SetLength(InputReadPolicy.MaxFileBytes + 1);

        // When
        var refusal = InputReadPolicy.ReadAll(input, "world/growing.md", ref buffer, out _);

        // Then
        Assert.Equal(Codes.InputTooLarge, refusal?.Code);
    }
}
