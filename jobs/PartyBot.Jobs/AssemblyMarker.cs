namespace PartyBot.Jobs;
