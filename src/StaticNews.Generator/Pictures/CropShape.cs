namespace StaticNews.Generator.Pictures;

/// <summary>A crop's name, its aspect ratio and the width it is published at (less when the original is smaller).</summary>
public sealed record CropShape(string Name, int RatioWidth, int RatioHeight, int Width);
