namespace StaticNews.TestSupport;

/// <summary>Folders of the repository the tests run from: the sample input, the fixtures and tools installed by npm.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleInput => Path.Combine(Root, "input");
    public static string Fixtures => Path.Combine(Root, "tests", "fixtures");
    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "StaticNews.sln"))) return dir.FullName;
        throw new InvalidOperationException("Could not find StaticNews.sln above the test assembly.");
    }
}
