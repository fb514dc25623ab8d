namespace StaticNews.Generator.Rendering;

/// <summary>A page's finished HTML and the file it goes to, relative to the output folder.</summary>
public sealed record RenderedPage(string OutputPath, string Html);
