namespace LowCarbonCity.Web.Features.Inventories;

/// <summary>
/// Which comment threads are still open: a thread (a comment that replies to nothing) is open until someone replies
/// to it. The review's confirmation lists them and the workflow refuses to approve or verify over them without a
/// reason; both ask this one rule.
/// </summary>
public static class OpenComments
{
    /// <summary>The ids of the threads among <paramref name="comments"/> that have no reply.</summary>
    public static IReadOnlySet<Guid> Of(IEnumerable<(Guid Id, Guid? ParentId)> comments)
    {
        ArgumentNullException.ThrowIfNull(comments);
        var all = comments.ToList();
        var answered = all.Where(c => c.ParentId is not null).Select(c => c.ParentId!.Value).ToHashSet();
        return all.Where(c => c.ParentId is null && !answered.Contains(c.Id)).Select(c => c.Id).ToHashSet();
    }
}
