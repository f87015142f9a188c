namespace PartyBot.Cards;
