namespace LowCarbonCity.Domain.Verification;

/// <summary>The three kinds of verification finding (ISO 14064-3 practice, as TGO's CFO verification uses them).</summary>
public enum FindingKind
{
    /// <summary>Corrective action request: a misstatement or non-conformity that must be fixed before a statement.</summary>
    CorrectiveAction,
    /// <summary>Clarification request: the verifier needs more information or evidence.</summary>
    Clarification,
    /// <summary>Observation: advice for next year; needs no answer to issue a statement.</summary>
    Observation,
}

/// <summary>Where a finding stands: raised, answered by the organisation, or closed by the verifier.</summary>
public enum FindingStatus
{
    Open,
    Answered,
    Closed,
}

/// <summary>What one entry of a finding's thread did.</summary>
public enum FindingResponseKind
{
    /// <summary>The organisation answered (and may have corrected data).</summary>
    Answer,
    /// <summary>The verifier accepted the answer and closed the finding.</summary>
    Close,
    /// <summary>The verifier re-opened a closed or answered finding, saying why.</summary>
    Reopen,
}

/// <summary>Level of assurance of a verification (ISO 14064-3).</summary>
public enum AssuranceLevel
{
    Limited,
    Reasonable,
}

/// <summary>The verifier's opinion in the statement (ISO 14064-3 clause 9).</summary>
public enum VerificationOpinion
{
    /// <summary>Unmodified: the statement is fairly stated.</summary>
    Unmodified,
    /// <summary>Modified (qualified): fairly stated except for what the opinion text names.</summary>
    Modified,
    /// <summary>Adverse: materially misstated.</summary>
    Adverse,
}

/// <summary>Where a verification stands.</summary>
public enum VerificationStage
{
    /// <summary>Assigned to the body: the verifier reads the data and raises findings.</summary>
    InProgress,
    /// <summary>The verifier issued the statement; TGO has not yet certified.</summary>
    StatementIssued,
    /// <summary>TGO certified: the inventory is Verified and immutable.</summary>
    Certified,
}
