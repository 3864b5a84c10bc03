namespace LowCarbonCity.Domain.Verification;

/// <summary>
/// A verifier's finding on an inventory or one of its lines: its kind, text, the misstatement it concerns (kg CO2e,
/// when the verifier can put a figure on it), a due date, and a thread of answers, closings and re-openings.
/// </summary>
public sealed class Finding
{
    public const int MaxTextLength = 4000;

    private readonly List<FindingResponse> _responses = [];

    private Finding()
    {
        Text = null!;
        RaisedByUserId = null!;
    }

    internal Finding(Guid id, Guid verificationId, int number, FindingKind kind, Guid? lineId, string text,
        decimal? misstatementKg, DateOnly dueDate, string userId, DateTimeOffset at)
    {
        Id = id;
        VerificationId = verificationId;
        Number = number;
        Kind = kind;
        LineId = lineId;
        Text = CheckedText(text, nameof(Text));
        if (misstatementKg is < 0)
        {
            throw new DomainRuleException(nameof(MisstatementKg), "verification.finding.misstatement", "A misstatement is a size: zero or more kg CO2e.");
        }

        MisstatementKg = misstatementKg;
        DueDate = dueDate;
        Status = FindingStatus.Open;
        RaisedByUserId = userId;
        RaisedAt = at;
    }

    public Guid Id { get; private set; }

    public Guid VerificationId { get; private set; }

    /// <summary>1, 2, 3... within the verification: how people refer to it ("CAR 1").</summary>
    public int Number { get; private set; }

    public FindingKind Kind { get; private set; }

    /// <summary>The line concerned; null when the finding is on the whole inventory.</summary>
    public Guid? LineId { get; private set; }

    public string Text { get; private set; }

    /// <summary>The size of the misstatement the finding concerns, kg CO2e (unsigned); null when not quantified.</summary>
    public decimal? MisstatementKg { get; private set; }

    public DateOnly DueDate { get; private set; }

    public FindingStatus Status { get; private set; }

    public string RaisedByUserId { get; private set; }

    public DateTimeOffset RaisedAt { get; private set; }

    public IReadOnlyList<FindingResponse> Responses => _responses;

    /// <summary>Whether it stands in the way of a statement: an open or answered corrective action request.</summary>
    public bool BlocksStatement => Kind == FindingKind.CorrectiveAction && Status != FindingStatus.Closed;

    internal FindingResponse Answer(Guid id, string text, string userId, DateTimeOffset at)
    {
        if (Status == FindingStatus.Closed)
        {
            throw new DomainRuleException(nameof(Status), "verification.finding.closed", "This finding is closed.");
        }

        var response = new FindingResponse(id, Id, FindingResponseKind.Answer, CheckedText(text, nameof(FindingResponse.Text)), userId, at);
        _responses.Add(response);
        Status = FindingStatus.Answered;
        return response;
    }

    internal FindingResponse Close(Guid id, string? text, string userId, DateTimeOffset at)
    {
        if (Status == FindingStatus.Closed)
        {
            throw new DomainRuleException(nameof(Status), "verification.finding.closed", "This finding is closed.");
        }

        if (Status == FindingStatus.Open && Kind != FindingKind.Observation)
        {
            throw new DomainRuleException(nameof(Status), "verification.finding.unanswered", "The organisation has not answered this finding yet.");
        }

        var response = new FindingResponse(id, Id, FindingResponseKind.Close, OptionalText(text), userId, at);
        _responses.Add(response);
        Status = FindingStatus.Closed;
        return response;
    }

    internal FindingResponse Reopen(Guid id, string text, string userId, DateTimeOffset at)
    {
        if (Status == FindingStatus.Open)
        {
            throw new DomainRuleException(nameof(Status), "verification.finding.open", "This finding is already open.");
        }

        var response = new FindingResponse(id, Id, FindingResponseKind.Reopen, CheckedText(text, nameof(FindingResponse.Text)), userId, at);
        _responses.Add(response);
        Status = FindingStatus.Open;
        return response;
    }

    private static string CheckedText(string? text, string field)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new DomainRuleException(field, "required", "Text is required.");
        }

        return text.Length > MaxTextLength
            ? throw new DomainRuleException(field, "text.length", $"At most {MaxTextLength} characters.")
            : text.Trim();
    }

    private static string? OptionalText(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : CheckedText(text, nameof(FindingResponse.Text));
}

/// <summary>One entry of a finding's thread.</summary>
public sealed class FindingResponse
{
    private FindingResponse()
    {
        UserId = null!;
    }

    internal FindingResponse(Guid id, Guid findingId, FindingResponseKind kind, string? text, string userId, DateTimeOffset at)
    {
        Id = id;
        FindingId = findingId;
        Kind = kind;
        Text = text;
        UserId = userId;
        At = at;
    }

    public Guid Id { get; private set; }

    public Guid FindingId { get; private set; }

    public FindingResponseKind Kind { get; private set; }

    public string? Text { get; private set; }

    public string UserId { get; private set; }

    public DateTimeOffset At { get; private set; }
}
