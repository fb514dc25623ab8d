using StaticNews.Import.WordPress;
using StaticNews.TestSupport;

namespace StaticNews.Import.Tests.WordPress;

/// <summary>
/// Each folder of tests/fixtures/import-invalid/ holds one hostile or broken export.xml and expected.txt: the code,
/// the file and line of the error (0: the whole file), then a part of the hint the message must give.
/// </summary>
public sealed class HostileExportTests
{
    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(RepositoryPaths.Fixture("import-invalid")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_export_gets_its_error_at_its_line_and_nothing_is_written(string name)
    {
        // Given
        var dir = RepositoryPaths.Fixture("import-invalid", name);
        var expected = File.ReadAllLines(Path.Combine(dir, "expected.txt"));
        var (code, file, line) = (expected[0].Split(' ')[0], expected[0].Split(' ')[1], int.Parse(expected[0].Split(' ')[2]));
        using var folder = new ImportedFolder();

        // When
        var report = new WordPressImporter().Import(folder.Request(Path.Combine(dir, "export.xml")));

        // Then
        Assert.False(report.Succeeded);
        var error = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal(code, error.Code);
        Assert.EndsWith(file, error.Path);
        Assert.Equal(line, error.Line);
        Assert.Contains(expected[1], error.Message);
        Assert.Empty(folder.Snapshot());
    }
}
