namespace StaticNews.Generator.Tests.LiveCoverage;

/// <summary>The fixture newsroom with one live blog in world/, built at a fixed clock.</summary>
public static class LiveBlogSite
{
    public static readonly DateTimeOffset Now = new(2026, 3, 20, 12, 0, 0, TimeSpan.Zero);

    public const string Page = "world/quay-live/index.html";
    public const string Updates = "world/quay-live/updates.json";

    public const string FrontMatter =
        "live: true\nkey_points:\n  - \"The quay is closed to traffic.\"\n  - \"Ferries run from the north pier.\"\n";

    public const string Body = """
        The quay flooded overnight. This page follows the clean-up.

        ## 08:15 | Quay closed to traffic | ana-lima

        Police have closed the quay road.

        ## 09:40

        ![The flooded quay road](images/harbour.svg)

        Water is still standing on the road.

        ## 11:05 | Ferries move to the north pier | ben-okoro

        ::: factbox What changes
        - Ferries leave from the north pier.
        :::
        """;

    public const string AppendedUpdate = "\n## 11:50 | Quay reopens | ana-lima\n\nThe quay road is open again.\n";

    /// <summary>Writes the live blog into the scratch site, with extra front matter lines.</summary>
    public static void WriteInto(ScratchSite site, string extraFrontMatter = "") =>
        site.Write("world/quay-live.md", ScratchSite.Article(Body, FrontMatter + extraFrontMatter).Replace("Quay lights restored", "Quay flood live"));
}
