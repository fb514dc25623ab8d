using StaticNews.Model;

namespace StaticNews.Generator.Relating;

/// <summary>Why an article's related blocks hold what they hold.</summary>
/// <param name="Candidates">The best-scoring stories before pins, exclusions and the section rule, best first.</param>
public sealed record RelatedExplanation(
    Article Article,
    IReadOnlyList<RelatedCandidate> Explore,
    IReadOnlyList<RelatedCandidate> Latest,
    IReadOnlyList<RelatedCandidate> Candidates)
{
    public RelatedStories ToStories() => new(Explore.Select(c => c.Article).ToList(), Latest.Select(c => c.Article).ToList());
}
