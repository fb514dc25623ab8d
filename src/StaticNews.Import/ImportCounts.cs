namespace StaticNews.Import;

/// <summary>Counts of an import, kept in the order they were first counted so the report reads the same every run.</summary>
public sealed class ImportCounts
{
    private readonly List<string> order = [];
    private readonly Dictionary<string, int> values = new(StringComparer.Ordinal);

    public void Add(string name, int amount = 1)
    {
        if (!values.ContainsKey(name)) { order.Add(name); values[name] = 0; }
        values[name] += amount;
    }

    public int this[string name] => values.GetValueOrDefault(name);

    public IReadOnlyList<KeyValuePair<string, int>> ToList() => order.Select(name => KeyValuePair.Create(name, values[name])).ToList();
}
