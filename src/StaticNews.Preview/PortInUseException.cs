namespace StaticNews.Preview;

/// <summary>The preview could not listen on the address it was given (usually another server holds the port).</summary>
public sealed class PortInUseException(string message, Exception inner) : IOException(message, inner);
