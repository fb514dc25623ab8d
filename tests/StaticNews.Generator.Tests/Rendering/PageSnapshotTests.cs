using ApprovalTests;
using ApprovalTests.Namers;
using ApprovalTests.Reporters;
using ApprovalTests.Writers;

namespace StaticNews.Generator.Tests.Rendering;

/// <summary>
/// Approved HTML of each page type of the fixture newsroom. A change to the theme shows up as a
/// *.received.html beside the approved file; approve it by renaming when the change is intended.
/// </summary>
[UseReporter(typeof(QuietReporter))]
[UseApprovalSubdirectory("Approved")]
public sealed class PageSnapshotTests : IClassFixture<PageSnapshotTests.BuiltNewsroom>
{
    private readonly BuiltNewsroom newsroom;

    public PageSnapshotTests(BuiltNewsroom newsroom) => this.newsroom = newsroom;

    [Fact] public void Home_page() => Verify("index.html");
    [Fact] public void Article_page() => Verify("world/harbour-reopens/index.html");
    [Fact] public void Article_page_without_image() => Verify("world/storm-closes-harbour/index.html");
    [Fact] public void Section_front() => Verify("world/index.html");
    [Fact] public void Author_page() => Verify("authors/ana-lima/index.html");
    [Fact] public void Tag_page_two() => Verify("tags/shipping/page/2/index.html");
    [Fact] public void Not_found_page() => Verify("404.html");
    [Fact] public void Search_page() => Verify("search/index.html");
    [Fact] public void Redirect_page() => Verify("world/harbour-open-again/index.html");
    [Fact] public void Topic_index() => Verify("tags/index.html");
    [Fact] public void People_index() => Verify("authors/index.html");

    private void Verify(string path) =>
        Approvals.Verify(new ApprovalTextWriter(newsroom.Site.ReadOutput(path), "html"));

    public sealed class BuiltNewsroom : IAsyncLifetime
    {
        public FixtureSite Site { get; } = FixtureSite.Newsroom();

        public async Task InitializeAsync()
        {
            var result = await Site.BuildAsync(o => o with { IncludeDrafts = true, Now = new DateTimeOffset(2026, 3, 21, 12, 0, 0, TimeSpan.Zero) });
            Assert.True(result.Succeeded, FixtureSite.Describe(result.Diagnostics));
        }

        public Task DisposeAsync()
        {
            Site.Dispose();
            return Task.CompletedTask;
        }
    }
}
