namespace StaticNews.Generator.Loading;

/// <summary>Front matter as written: every field optional, so Building can report what is missing.</summary>
public sealed class FrontMatterDto
{
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string? Section { get; set; }
    public string? Summary { get; set; }
    public string? Source { get; set; }
    public int? ReadTime { get; set; }
    public List<string>? Authors { get; set; }
    public List<string>? Tags { get; set; }
    public ImageDto? Image { get; set; }
    public string? Slug { get; set; }
    public bool? Draft { get; set; }
    public string? Updated { get; set; }
    public List<string>? Related { get; set; }
    public string? Expires { get; set; }
    public List<CorrectionDto>? Corrections { get; set; }
    public List<string>? Aliases { get; set; }
    public List<string>? RelatedExclude { get; set; }

    /// <summary>A live blog: the body is a run of timestamped updates.</summary>
    public bool? Live { get; set; }
    public string? LiveEnded { get; set; }
    public List<string>? KeyPoints { get; set; }

    /// <summary>Puts the story in the breaking news banner until <see cref="BreakingUntil"/> (or a default window).</summary>
    public bool? Breaking { get; set; }
    public string? BreakingUntil { get; set; }
}

public sealed class CorrectionDto
{
    public string? Date { get; set; }
    public string? Text { get; set; }
}

public sealed class ImageDto
{
    public string? Src { get; set; }
    public string? Alt { get; set; }
    public string? Caption { get; set; }
    public string? Credit { get; set; }

    /// <summary>The focal point as written, <c>[x, y]</c>; checked by the builder.</summary>
    public List<string>? Focus { get; set; }
}
