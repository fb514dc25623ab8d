namespace StaticNews.Theme.Components;

/// <summary>
/// How much of a story a card shows: the lead most; a live story with its label; a secondary story beside the lead
/// with a small picture; compact cards only the essentials.
/// </summary>
public enum CardVariant { Lead, Standard, Compact, Secondary, Live }
