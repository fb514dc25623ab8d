using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using StaticNews.Preview.LiveReload;

namespace StaticNews.Preview.Serving;

/// <summary>Answers a request from the current snapshot: clean URLs, the site's 404 page, no listings, nothing from disk.</summary>
public sealed class SiteRequestHandler(Func<PreviewState> state)
{
    private const string NotFoundPage = "404.html";

    public Task HandleAsync(HttpContext context)
    {
        var current = state();
        var response = context.Response;
        response.Headers.CacheControl = "no-store";
        if (!HttpMethods.IsGet(context.Request.Method) && !HttpMethods.IsHead(context.Request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return Task.CompletedTask;
        }

        var rawTarget = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? "";
        var path = RequestPath.Decode(rawTarget);
        if (path is null) return NotFoundAsync(context, current);
        if (current.Site.Version == 0) return SendAsync(context, current, StatusCodes.Status200OK, "index.html", ReloadScript.Placeholder);

        var basePath = current.Site.BasePath;
        if (path + "/" == basePath || (path == "/" && basePath != "/"))
            return RedirectAsync(context, basePath);
        if (!path.StartsWith(basePath, StringComparison.Ordinal)) return NotFoundAsync(context, current);

        var relative = path[basePath.Length..];
        var file = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
        if (current.Site.Files.TryGetValue(file, out var bytes))
            return SendAsync(context, current, StatusCodes.Status200OK, file, bytes);
        // The Location header is ASCII: the encoded path the client sent, not the decoded one (tags/πολιτική).
        if (current.Site.Files.ContainsKey(relative + "/index.html"))
            return RedirectAsync(context, RequestPath.Raw(rawTarget) + "/");
        return NotFoundAsync(context, current);
    }

    private static Task NotFoundAsync(HttpContext context, PreviewState current) =>
        current.Site.Files.TryGetValue(NotFoundPage, out var page)
            ? SendAsync(context, current, StatusCodes.Status404NotFound, NotFoundPage, page)
            : SendAsync(context, current, StatusCodes.Status404NotFound, "404.txt", "Not found"u8.ToArray());

    private static Task RedirectAsync(HttpContext context, string location)
    {
        context.Response.StatusCode = StatusCodes.Status301MovedPermanently;
        context.Response.Headers.Location = location;
        return Task.CompletedTask;
    }

    private static async Task SendAsync(HttpContext context, PreviewState current, int status, string file, byte[] bytes)
    {
        var body = file.EndsWith(".html", StringComparison.Ordinal) ? ReloadScript.InjectInto(bytes, current.Site.Version) : bytes;
        var response = context.Response;
        response.StatusCode = status;
        response.ContentType = ContentTypes.For(file);
        response.ContentLength = body.Length;
        response.Headers.XContentTypeOptions = "nosniff";
        if (!HttpMethods.IsHead(context.Request.Method))
            await response.Body.WriteAsync(body, context.RequestAborted);
    }
}
