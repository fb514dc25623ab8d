namespace StaticNews.Cli;

/// <summary>How much a command says besides its result: quiet prints only problems, verbose adds each stage's count and time.</summary>
public enum Verbosity { Quiet, Normal, Verbose }
