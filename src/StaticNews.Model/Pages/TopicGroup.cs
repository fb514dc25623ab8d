namespace StaticNews.Model.Pages;

/// <summary>The topics that start with one letter (or "#" for digits and signs), in the site's alphabetical order.</summary>
/// <param name="Anchor">The id of the group's heading, made of ASCII only so the jump links stay plain.</param>
public sealed record TopicGroup(string Letter, string Anchor, IReadOnlyList<TopicCount> Topics);
