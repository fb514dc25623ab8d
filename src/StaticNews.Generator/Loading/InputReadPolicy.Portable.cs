using Microsoft.Win32.SafeHandles;
using StaticNews.Generator.Building;
using StaticNews.Generator.Diagnostics;

namespace StaticNews.Generator.Loading;

/// <summary>The checks on Windows, which has links but no pipes or devices among ordinary paths.</summary>
public static partial class InputReadPolicy
{
    private static InputRefusal? CheckPortably(InputFolder input, string relativePath)
    {
        var file = new FileInfo(input.Combine(relativePath));
        if (Directory.Exists(file.FullName)) return NotAFile(Mono.Unix.Native.FilePermissions.S_IFDIR);
        if (!file.Exists) return ChangedWhileReading;
        if (!InputPaths.IsInside(input, file.FullName))
            return new InputRefusal(Codes.InputLinkLeavesInput,
                "the file is a symbolic link to a file outside the input folder, which is never read or published. Copy the file into the input folder instead.");
        return file.Length > MaxFileBytes ? TooLarge(file.Length) : null;
    }

    private static InputRefusal? OpenPortably(InputFolder input, string relativePath, out SafeFileHandle? handle, out int length)
    {
        handle = null;
        length = 0;
        var refusal = CheckPortably(input, relativePath);
        if (refusal is not null) return refusal;
        try
        {
            handle = File.OpenHandle(input.Combine(relativePath));
            length = (int)RandomAccess.GetLength(handle);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return ex is FileNotFoundException ? ChangedWhileReading : new InputRefusal(Codes.InputNotReadable, $"the file cannot be read ({ex.Message}). Check its permissions.");
        }
    }
}
