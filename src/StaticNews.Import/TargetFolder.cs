using System.Text;

namespace StaticNews.Import;

/// <summary>
/// The input folder an import writes to. It never replaces a file unless asked (<c>--force</c>), and then lists it;
/// each file is written beside its place and moved in, so a file is either old or complete, never half-written.
/// </summary>
public sealed class TargetFolder(string root, bool force)
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly List<string> written = [];
    private readonly List<string> replaced = [];

    public string Root { get; } = root;
    public bool Force { get; } = force;
    public IReadOnlyList<string> Written => written;
    public IReadOnlyList<string> Replaced => replaced;

    /// <summary>The files of <paramref name="relativePaths"/> that exist already, in ordinal order.</summary>
    public IReadOnlyList<string> Existing(IEnumerable<string> relativePaths) =>
        relativePaths.Distinct(StringComparer.Ordinal)
            .Where(path => File.Exists(FullPath(path)) || Directory.Exists(FullPath(path)))
            .Order(StringComparer.Ordinal).ToList();

    public void WriteText(string relativePath, string text) => Write(relativePath, temp => File.WriteAllText(temp, text, Utf8));

    public void Copy(string relativePath, string source) => Write(relativePath, temp => File.Copy(source, temp, overwrite: true));

    private void Write(string relativePath, Action<string> writeTo)
    {
        var target = FullPath(relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var existed = File.Exists(target);
        if (existed && !Force) throw new IOException($"{relativePath} exists; the import does not replace files without --force.");
        var temp = target + ".import-tmp";
        writeTo(temp);
        File.Move(temp, target, overwrite: true);
        (existed ? replaced : written).Add(relativePath);
    }

    private string FullPath(string relativePath) => Path.Combine(Root, relativePath.Replace('/', Path.DirectorySeparatorChar));
}
