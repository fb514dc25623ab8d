namespace StaticNews.Generator;

/// <summary>How far a stage has come: reported when it starts (Completed 0), while it works, and when it ends (Completed == Total).</summary>
/// <param name="Total">How many items the stage handles, or null while that is not yet known.</param>
public sealed record GenerationProgress(GenerationStage Stage, int Completed, int? Total)
{
    public bool IsFinished => Completed == Total;
}
