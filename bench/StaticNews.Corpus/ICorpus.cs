namespace StaticNews.Corpus;

/// <summary>A generated archive that <see cref="CorpusWriter"/> can write as an input folder.</summary>
public interface ICorpus
{
    IReadOnlyList<string> Sections { get; }
    IReadOnlyList<CorpusAuthor> Authors { get; }
    int Count { get; }

    /// <summary>The article at <paramref name="number"/>, oldest first.</summary>
    CorpusArticle Article(int number);
}
