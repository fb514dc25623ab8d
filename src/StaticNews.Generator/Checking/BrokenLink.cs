namespace StaticNews.Generator.Checking;

/// <summary>A reference in a generated page that points into the site but at no generated file.</summary>
/// <param name="PagePath">The page, relative to the output folder, e.g. "world/storm/index.html".</param>
/// <param name="Reference">The href or src exactly as the page has it.</param>
public sealed record BrokenLink(string PagePath, string Reference);
