namespace StaticNews.Import.Conversion;

/// <summary>What the HTML converter asks of the importer about one article: where links and pictures go, and what to report.</summary>
public interface IConversionScope
{
    /// <summary>The target to write for a link (an <c>xref:slug</c>, or the address itself), or null to keep only its text.</summary>
    string? LinkTarget(string href);

    /// <summary>The path or address to write for a picture.</summary>
    string ImageSource(string src);

    /// <summary>Records a part of the body that was left out or changed, with the reason.</summary>
    void Report(string code, string message);
}
