namespace StaticNews.Cli;

/// <summary>How <c>staticnews check</c> prints its findings: for people, or as one JSON document for tools.</summary>
public enum CheckFormat { Text, Json }
