using System.Security.Cryptography;

namespace StaticNews.TestSupport;

/// <summary>Every file of a folder with a hash of its bytes, to compare whole builds.</summary>
public static class FolderSnapshot
{
    public static SortedDictionary<string, string> Of(string folder) => new(
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            file => System.IO.Path.GetRelativePath(folder, file).Replace('\\', '/'),
            file => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)))),
        StringComparer.Ordinal);
}
