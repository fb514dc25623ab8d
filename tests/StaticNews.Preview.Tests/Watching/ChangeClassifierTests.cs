using StaticNews.Preview.Watching;

namespace StaticNews.Preview.Tests.Watching;

public sealed class ChangeClassifierTests
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "site");
    private readonly ChangeClassifier classifier = new(Path.Combine(Root, "input"), Path.Combine(Root, "theme"));

    private static string At(params string[] parts) => Path.Combine([Root, .. parts]);

    [Theory]
    [InlineData("input/world/story.md")]
    [InlineData("input/site.yml")]
    [InlineData("input/images/harbour.svg")]
    [InlineData("theme/wwwroot/css/site.css")]
    public void Content_and_theme_assets_regenerate_the_site(string path) =>
        Assert.Equal(ChangeKind.Site, classifier.Classify([At(path.Split('/'))]));

    [Theory]
    [InlineData("theme/Pages/ArticlePage.razor")]
    [InlineData("theme/Display.cs")]
    [InlineData("theme/StaticNews.Theme.csproj")]
    public void Razor_and_csharp_in_the_theme_recompile_it(string path) =>
        Assert.Equal(ChangeKind.ThemeCode, classifier.Classify([At("input", "world", "story.md"), At(path.Split('/'))]));

    [Theory]
    [InlineData("theme/obj/Debug/net10.0/StaticNews.Theme.dll")]
    [InlineData("theme/bin/Debug/net10.0/StaticNews.Theme.dll")]
    [InlineData("input/world/.story.md.swp")]
    [InlineData("input/world/story.md~")]
    [InlineData("theme/Pages/.#ArticlePage.razor")]
    [InlineData("elsewhere/notes.md")]
    public void Editor_noise_build_folders_and_outside_files_are_ignored(string path) =>
        Assert.Equal(ChangeKind.None, classifier.Classify([At(path.Split('/'))]));
}
