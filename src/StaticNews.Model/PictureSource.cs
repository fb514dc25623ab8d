namespace StaticNews.Model;

/// <summary>One format of a <see cref="Picture"/>: its MIME type and its copies as a <c>srcset</c> value.</summary>
public sealed record PictureSource(string Type, string SrcSet);
