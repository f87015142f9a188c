using PartyBot.Cards.AdaptiveCards;

namespace PartyBot.Cards.Attendance;

/// <summary>Placeholder: being written.</summary>
public static class InvitationCard
{
    public static AdaptiveCard Build(InvitationView view) => throw new NotImplementedException();
}
