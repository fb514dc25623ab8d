namespace StaticNews.Model.Pages;

public sealed record Pagination(int PageNumber, int PageCount, string? PreviousUrl, string? NextUrl)
{
    public bool HasMorePages => PageCount > 1;
}
