using System.Collections.Concurrent;

namespace StaticNews.Generator.Writing;

/// <summary>
/// Folders made below a folder this build created itself, remembered so each is made once: a site has a folder per
/// page, and asking the file system again for every file costs a failed mkdir and a stat each.
/// </summary>
internal sealed class NewFolders(string root)
{
    private readonly ConcurrentDictionary<string, byte> made = new(StringComparer.Ordinal) { [root] = 0 };

    /// <summary>Makes the folder <paramref name="file"/> goes into, and its parents, unless this build already made them.</summary>
    public void MakeFor(string file) => Make(Path.GetDirectoryName(file)!);

    private void Make(string folder)
    {
        if (made.ContainsKey(folder)) return;
        var parent = Path.GetDirectoryName(folder);
        if (parent is not null && parent.StartsWith(root, StringComparison.Ordinal)) Make(parent);
        Directory.CreateDirectory(folder);
        made.TryAdd(folder, 0);
    }
}
