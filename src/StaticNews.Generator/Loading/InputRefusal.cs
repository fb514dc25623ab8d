namespace StaticNews.Generator.Loading;

/// <summary>Why an input path may not be read: the diagnostic code and a message that names the fix.</summary>
public sealed record InputRefusal(string Code, string Message);
