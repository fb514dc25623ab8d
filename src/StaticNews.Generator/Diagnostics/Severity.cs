namespace StaticNews.Generator.Diagnostics;

public enum Severity { Warning, Error }
