namespace StaticNews.Generator;

/// <summary>The steps of a run, in the order they happen; Check and Write follow the four stages of generation.</summary>
public enum GenerationStage { Load, Build, Relate, Render, Check, Write }
