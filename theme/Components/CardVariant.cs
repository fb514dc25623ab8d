namespace StaticNews.Theme.Components;

/// <summary>How much of a story a card shows: the lead shows most, compact cards only the essentials.</summary>
public enum CardVariant { Lead, Standard, Compact }
