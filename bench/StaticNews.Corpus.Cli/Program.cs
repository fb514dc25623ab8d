using System.CommandLine;
using System.Diagnostics;
using StaticNews.Corpus;

var articles = new Option<int>("--articles", "-n") { Description = "How many articles to generate.", DefaultValueFactory = _ => 1000 };
var output = new Option<DirectoryInfo>("--out", "-o") { Description = "The input folder to write (site.yml, authors.yml, <section>/<slug>.md).", Required = true };
var seed = new Option<int>("--seed", "-s") { Description = "The same seed always gives the same corpus.", DefaultValueFactory = _ => 1 };
var shortNews = new Option<int?>("--short-news") { Description = "Instead, this many events of short wire stories that share people and places across events (--articles is ignored)." };
var root = new RootCommand("Generate a StaticNews archive with planted story groups, for benchmarks and relevance tests.") { articles, output, seed, shortNews };
root.SetAction(parseResult =>
{
    var clock = Stopwatch.StartNew();
    var folder = parseResult.GetValue(output)!.FullName;
    if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
    {
        parseResult.InvocationConfiguration.Error.WriteLine($"{folder} is not empty; choose a new folder so no file is mixed in.");
        return 1;
    }
    ICorpus corpus = parseResult.GetValue(shortNews) is { } events
        ? new ShortNewsGenerator(events, parseResult.GetValue(seed))
        : new CorpusGenerator(new CorpusOptions { Articles = parseResult.GetValue(articles), Seed = parseResult.GetValue(seed) });
    CorpusWriter.Write(corpus, folder);
    parseResult.InvocationConfiguration.Output.WriteLine($"Wrote {corpus.Count} articles to {folder} in {clock.Elapsed.TotalSeconds:0.0} s");
    return 0;
});
return await root.Parse(args).InvokeAsync();
