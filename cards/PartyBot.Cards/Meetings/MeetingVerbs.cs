namespace PartyBot.Cards.Meetings;

/// <summary>The verbs and data keys of the meeting cards' Action.Execute buttons. The data carries ids only; the server re-checks them.</summary>
public static class MeetingVerbs
{
    /// <summary>Open the form for a new meeting (data: unitId, kind).</summary>
    public const string New = "meeting.new";

    /// <summary>Open the form for an existing meeting (data: unitId, meetingId).</summary>
    public const string Edit = "meeting.edit";

    /// <summary>Cancel a meeting; the bot asks for the reason (data: unitId, meetingId).</summary>
    public const string Cancel = "meeting.cancel";

    /// <summary>Save the form (data: unitId, meetingId for an edit or createKey for a new meeting; the inputs come along).</summary>
    public const string Save = "meeting.save";

    /// <summary>Close the form without saving (data: unitId, meetingId for an edit).</summary>
    public const string CancelForm = "meeting.cancelForm";

    public const string UnitIdKey = "unitId";
    public const string MeetingIdKey = "meetingId";
    public const string KindKey = "kind";

    /// <summary>The new-meeting form's key, made once when the form is built: saving the form twice creates one meeting.</summary>
    public const string CreateKeyKey = "createKey";
}
