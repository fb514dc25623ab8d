using StaticNews.Generator.Checking;

namespace StaticNews.Generator.Tests.Checking;

/// <summary>Every reference <see cref="HtmlReferenceReader"/> finds in a page, in order, as text.</summary>
internal static class ReaderReferences
{
    public static List<string> In(string html)
    {
        var references = new List<string>();
        var reader = new HtmlReferenceReader(html);
        while (reader.Read(out var reference)) references.Add(reference.ToString());
        return references;
    }
}
