using StaticNews.TestSupport;
using YamlDotNet.RepresentationModel;

namespace StaticNews.Cli.Tests.Packaging;

/// <summary>The GitHub Pages workflow a newsroom copies: it must check, build under the Pages base path, deploy, and rebuild on a schedule.</summary>
public sealed class PublishWorkflowTests
{
    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(RepositoryPaths.Root, ".github", "workflows", "publish.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow, string job) =>
        ((YamlSequenceNode)workflow["jobs"][job]["steps"]).Children.Cast<YamlMappingNode>();

    private static string? Value(YamlMappingNode step, string key) =>
        step.Children.TryGetValue(key, out var node) ? ((YamlScalarNode)node).Value : null;

    [Fact]
    public void The_workflow_builds_with_the_pages_base_url_and_uploads_what_build_ps1_publish_writes()
    {
        var workflow = Workflow();
        var steps = Steps(workflow, "build").ToList();

        var run = steps.Select(s => Value(s, "run")).Single(r => r?.Contains("build.ps1 publish", StringComparison.Ordinal) == true)!;
        Assert.Contains("-BaseUrl \"${{ steps.pages.outputs.base_url }}/\"", run);
        Assert.Contains(steps, s => Value(s, "uses")?.StartsWith("actions/configure-pages@", StringComparison.Ordinal) == true && Value(s, "id") == "pages");
        var upload = steps.Single(s => Value(s, "uses")?.StartsWith("actions/upload-pages-artifact@", StringComparison.Ordinal) == true);
        Assert.Equal("publish", ((YamlScalarNode)upload["with"]["path"]).Value);
        Assert.Contains("[string] $OutputFolder = 'publish'", File.ReadAllText(Path.Combine(RepositoryPaths.Root, "build.ps1")));
    }

    [Fact]
    public void The_workflow_deploys_to_pages_with_the_permissions_it_needs_and_rebuilds_on_a_schedule()
    {
        var workflow = Workflow();

        Assert.Contains(Steps(workflow, "deploy"), s => Value(s, "uses")?.StartsWith("actions/deploy-pages@", StringComparison.Ordinal) == true);
        Assert.Equal("write", ((YamlScalarNode)workflow["permissions"]["pages"]).Value);
        Assert.Equal("write", ((YamlScalarNode)workflow["permissions"]["id-token"]).Value);
        var cron = ((YamlScalarNode)((YamlSequenceNode)workflow["on"]["schedule"])[0]["cron"]).Value;
        Assert.Matches(@"^\S+ \S+ \S+ \S+ \S+$", cron);
    }
}
