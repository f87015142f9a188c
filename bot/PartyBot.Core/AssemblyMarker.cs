namespace PartyBot.Core;
