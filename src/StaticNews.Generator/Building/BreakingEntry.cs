using StaticNews.Model;

namespace StaticNews.Generator.Building;

/// <summary>site.yml's <c>breaking:</c> entry, validated: the banner it makes, whether or not it has ended.</summary>
public sealed record BreakingEntry(BreakingNews Banner);
