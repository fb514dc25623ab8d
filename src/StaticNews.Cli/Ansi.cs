namespace StaticNews.Cli;

/// <summary>Colours by ANSI escape, or the text unchanged when colours are off.</summary>
public sealed class Ansi(bool enabled)
{
    public string Red(string text) => Wrap("31", text);
    public string Yellow(string text) => Wrap("33", text);
    public string Green(string text) => Wrap("32", text);

    private string Wrap(string code, string text) => enabled ? $"\u001b[{code}m{text}\u001b[0m" : text;
}
