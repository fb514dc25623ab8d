namespace StaticNews.Generator.Pictures;

/// <summary>Why a picture cannot be published: a diagnostic code and a message that says how to fix it.</summary>
public sealed record PictureProblem(string Code, string Message);
