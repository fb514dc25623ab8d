namespace StaticNews.Model;

/// <summary>The point of a picture that every crop keeps in view, as fractions of its upright width and height (0..1).</summary>
public sealed record FocalPoint(double X, double Y)
{
    public static FocalPoint Centre { get; } = new(0.5, 0.5);
}
