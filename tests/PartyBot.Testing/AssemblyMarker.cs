namespace PartyBot.Testing;
