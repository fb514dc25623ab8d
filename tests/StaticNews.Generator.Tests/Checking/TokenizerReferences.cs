using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Text;

namespace StaticNews.Generator.Tests.Checking;

/// <summary>
/// The references of a page as AngleSharp's HTML tokenizer finds them: the way the link check read pages before it had
/// its own scanner, kept as the oracle the scanner must agree with.
/// </summary>
public static class TokenizerReferences
{
    private static readonly Dictionary<string, string[]> ReferenceAttributes = new(StringComparer.Ordinal)
    {
        ["a"] = ["href"], ["area"] = ["href"], ["link"] = ["href"],
        ["img"] = ["src", "srcset"], ["source"] = ["src", "srcset"], ["script"] = ["src"], ["iframe"] = ["src"],
        ["audio"] = ["src"], ["video"] = ["src", "poster"], ["track"] = ["src"], ["embed"] = ["src"],
    };

    private static readonly Dictionary<string, HtmlParseMode> RawTextModes = new(StringComparer.Ordinal)
    {
        ["script"] = HtmlParseMode.Script, ["style"] = HtmlParseMode.Rawtext, ["textarea"] = HtmlParseMode.RCData,
        ["title"] = HtmlParseMode.RCData, ["xmp"] = HtmlParseMode.Rawtext, ["iframe"] = HtmlParseMode.Rawtext,
        ["noembed"] = HtmlParseMode.Rawtext, ["noframes"] = HtmlParseMode.Rawtext, ["plaintext"] = HtmlParseMode.Plaintext,
    };

    /// <summary>In document order; the tokenizer is switched into the raw-text states the tree builder would choose.</summary>
    public static List<string> Of(string html)
    {
        var references = new List<string>();
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver)
        {
            SkipDataText = true, SkipComments = true, SkipRawText = true, SkipScriptText = true, SkipRCDataText = true,
        };
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag) continue;
            var tag = token.AsTag();
            tokenizer.State = RawTextModes.GetValueOrDefault(tag.Name, HtmlParseMode.PCData);
            if (!ReferenceAttributes.TryGetValue(tag.Name, out var names)) continue;
            foreach (var name in names)
            {
                var value = tag.GetAttribute(name);
                if (value.Length == 0) continue;
                if (name != "srcset") references.Add(value.Trim());
                else
                    references.AddRange(value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                        .Select(candidate => candidate.Split(' ', 2)[0]));
            }
        }
        return references;
    }
}
