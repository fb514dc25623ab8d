namespace StaticNews.Theme.Components;

/// <summary>
/// How a grid of cards breaks into rows on a wide screen: as few rows as the widest row allows, the shorter rows first,
/// so no card stands alone on a row and no column is left empty (5 cards: 2 then 3; 7: 3 then 4).
/// </summary>
public static class CardRows
{
    /// <summary>The number of cards in the row of each card, in order.</summary>
    public static IReadOnlyList<int> RowSizes(int count, int widest)
    {
        if (count <= 0) return [];
        var rows = (count + widest - 1) / widest;
        var shorter = count / rows;
        var longerRows = count % rows;
        var sizes = new List<int>(count);
        for (var row = 0; row < rows; row++)
        {
            var size = row < rows - longerRows ? shorter : shorter + 1;
            for (var i = 0; i < size; i++) sizes.Add(size);
        }
        return sizes;
    }
}
