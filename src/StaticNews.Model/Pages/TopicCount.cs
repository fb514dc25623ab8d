namespace StaticNews.Model.Pages;

/// <summary>A topic and how many published stories carry it.</summary>
public sealed record TopicCount(Tag Tag, int Stories);
