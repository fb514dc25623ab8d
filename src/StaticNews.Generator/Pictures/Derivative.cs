namespace StaticNews.Generator.Pictures;

/// <summary>One encoded copy of a picture: its name in the store, its width and its MIME type.</summary>
/// <param name="Name">File name inside the picture's store folder, e.g. <c>800.webp</c>; <see cref="PictureFacts.CopyName"/> for the copy at the original path.</param>
/// <param name="Height">Known for crops, whose shape is fixed; 0 for resized copies, whose height follows the picture.</param>
public sealed record Derivative(string Name, int Width, string Type, int Height = 0);
